/*
 * vigil's native image helpers (Node-API, C11), built by `make build` (native/pdq/build.sh):
 *
 *  - pdqDct(pixels, width, height, channels, out, orientation): the PDQ filter, decimation, quality and
 *    16×16 DCT of the picture as shown (its EXIF orientation applied),
 *    the same arithmetic in the same order as pdqDct() in services/image/pdq.ts (float32 images,
 *    float64 sums), so both give the same bits; returns the quality, writes 256 coefficients to `out`.
 *  - jpegDecode(bytes, maxPixels, minLongest, minShortest): a JPEG decoded with libjpeg-turbo's DCT
 *    scaling (shrink on load) at the smallest scale 1/1, 1/2, 1/4 or 1/8 whose sides are still at
 *    least `minLongest` and `minShortest` (workingScale() in services/image/decode.ts), as RGB (and, asked, the
 *    luma plane a grey decode gives, where shrunk), with the stored size and the EXIF orientation. CMYK and YCCK JPEGs
 *    are left to libvips (returns { unsupported }); errors come back as { error, message }.
 *  - jpegPdq(bytes, maxPixels, minLongest, minShortest, grey, dct): jpegDecode then pdqDct in one call, the
 *    pixels in per-thread scratch (`vigil hash`); `grey` decodes the luma component alone where the JPEG is
 *    shrunk on load (at its stored size the RGB, as the reference hasher reads it).
 *  - modelInput(pixels, pw, ph, orientation, size, out, offset): a model's input from the decoded
 *    pixels, as modelInput() in services/image/decode.ts computes it (the same arithmetic).
 *  - strokeDensity(pixels, width, height, step, chromaStep, strokeWidth): the OCR cascade's stroke test
 *    (services/image/ocr/strokes.ts), the same integer arithmetic.
 *  - jpegEncodeYcck(cmyk, width, height, quality): a YCCK JPEG, for the image-mode tests (libvips writes none).
 *  - digests(bytes): MD5 and SHA-256 of the bytes on a libuv threadpool thread (a Promise of [md5, sha256] in
 *    hex, or null), with the OpenSSL that the node binary exports, so `vigil hash` computes them while its main
 *    thread decodes the JPEG; undefined where node exports no OpenSSL (the caller then uses node:crypto).
 *
 * Written for this repository from the published PDQ description and libjpeg's documented API.
 */
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>
#include <node_api.h>

/* ---------------------------------------------------------------- PDQ */

static double DCT[16 * 64];
static double LUMA_R[256], LUMA_G[256], LUMA_B[256];

static void colour_init(void);

static void dct_init(void) {
  colour_init();
  for (int v = 0; v < 256; v++) { LUMA_R[v] = 0.299 * v; LUMA_G[v] = 0.587 * v; LUMA_B[v] = 0.114 * v; }
  const double scale = sqrt(2.0 / 64.0);
  for (int i = 0; i < 16; i++)
    for (int j = 0; j < 64; j++) DCT[i * 64 + j] = scale * cos((M_PI / 2.0 / 64.0) * (double)(i + 1) * (double)(2 * j + 1));
}

static int window_size(int dimension) { return (dimension + 127) / 128; }

/*
 * A 1-D box pass along each row (as box() with step 1 in pdq.ts): a running sum per row, the same
 * additions in the same order. Rows go four at a time, interleaved, so the four dependency chains
 * (add, divide) overlap instead of waiting on each other.
 */
#define LANES 4
/*
 * Built twice, for AVX2 and for the x86-64 baseline, picked at load (GCC function multiversioning):
 * the same IEEE operations either way (no FMA), so the same bits; 2.5x faster with AVX2 here.
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define VECTOR_CLONES
#endif
VECTOR_CLONES static void box_rows(const float *in, float *out, int rows, int cols, int window) {
  const int half = (window + 2) / 2;
  const int p1 = half - 1, p2 = window - half + 1, p3 = cols - window, p4 = half - 1;
  int r = 0;
  for (; r + LANES <= rows; r += LANES) {
    const float *x[LANES];
    float *y[LANES];
    double sum[LANES];
    for (int j = 0; j < LANES; j++) { x[j] = in + (size_t)(r + j) * cols; y[j] = out + (size_t)(r + j) * cols; sum[j] = 0; }
    int li = 0, ri = 0, oi = 0, n = 0;
    for (int k = 0; k < p1; k++, ri++) { for (int j = 0; j < LANES; j++) sum[j] += x[j][ri]; n++; }
    for (int k = 0; k < p2; k++, ri++, oi++) { n++; for (int j = 0; j < LANES; j++) { sum[j] += x[j][ri]; y[j][oi] = (float)(sum[j] / n); } }
    for (int k = 0; k < p3; k++, ri++, li++, oi++) for (int j = 0; j < LANES; j++) { sum[j] += x[j][ri] - (double)x[j][li]; y[j][oi] = (float)(sum[j] / n); }
    for (int k = 0; k < p4; k++, li++, oi++) { n--; for (int j = 0; j < LANES; j++) { sum[j] -= x[j][li]; y[j][oi] = (float)(sum[j] / n); } }
  }
  for (; r < rows; r++) {
    const float *x = in + (size_t)r * cols;
    float *y = out + (size_t)r * cols;
    int li = 0, ri = 0, oi = 0, n = 0;
    double sum = 0;
    for (int k = 0; k < p1; k++) { sum += x[ri++]; n++; }
    for (int k = 0; k < p2; k++) { sum += x[ri++]; n++; y[oi++] = (float)(sum / n); }
    for (int k = 0; k < p3; k++) { sum += x[ri++] - (double)x[li++]; y[oi++] = (float)(sum / n); }
    for (int k = 0; k < p4; k++) { sum -= x[li++]; n--; y[oi++] = (float)(sum / n); }
  }
}

/* The same box along columns, one running sum per column, row by row (as boxColumns() in pdq.ts). */
VECTOR_CLONES static void box_columns(const float *in, float *out, int rows, int cols, int window, double *sums) {
  const int half = (window + 2) / 2;
  const int p1 = half - 1, p2 = window - half + 1, p3 = rows - window, p4 = half - 1;
  int ri = 0, li = 0, oi = 0, n = 0;
  for (int c = 0; c < cols; c++) sums[c] = 0;
  for (int k = 0; k < p1; k++, ri++) {
    const float *x = in + (size_t)ri * cols;
    for (int c = 0; c < cols; c++) sums[c] += x[c];
    n++;
  }
  for (int k = 0; k < p2; k++, ri++, oi++) {
    const float *x = in + (size_t)ri * cols;
    float *y = out + (size_t)oi * cols;
    n++;
    for (int c = 0; c < cols; c++) { sums[c] += x[c]; y[c] = (float)(sums[c] / n); }
  }
  for (int k = 0; k < p3; k++, ri++, li++, oi++) {
    const float *x = in + (size_t)ri * cols;
    const float *l = in + (size_t)li * cols;
    float *y = out + (size_t)oi * cols;
    for (int c = 0; c < cols; c++) { sums[c] += x[c] - (double)l[c]; y[c] = (float)(sums[c] / n); }
  }
  for (int k = 0; k < p4; k++, li++, oi++) {
    const float *l = in + (size_t)li * cols;
    float *y = out + (size_t)oi * cols;
    n--;
    for (int c = 0; c < cols; c++) { sums[c] -= l[c]; y[c] = (float)(sums[c] / n); }
  }
}

/*
 * The second pass needs the filtered picture at PDQ's 64 × 64 sample points only. Along rows, the running
 * sums still go through every column (each output is the sum carried from the row's start: the same
 * additions in the same order), but only the sampled columns are divided and kept, into `out` (rows × 64);
 * the column pass then runs on those 64 columns alone (box_columns with cols 64). The values at the
 * sample points are the very ones the full passes give: each is the same sum divided by the same count.
 */
#define SLANES 8
VECTOR_CLONES static void box_rows_sampled(const float *in, float *out, int rows, int cols, int window, const int *sample_cols, double *sum_scratch, int *count) {
  const int half = (window + 2) / 2;
  const int p1 = half - 1, p2 = window - half + 1, p3 = cols - window, p4 = half - 1;
  {
    int n = 0, oi = 0;
    for (int k = 0; k < p1; k++) n++;
    for (int k = 0; k < p2; k++) { n++; count[oi++] = n; }
    for (int k = 0; k < p3; k++) count[oi++] = n;
    for (int k = 0; k < p4; k++) { n--; count[oi++] = n; }
  }
  int r = 0;
  for (; r < rows; r += SLANES) {
    const int lanes = rows - r < SLANES ? rows - r : SLANES;
    const float *x[SLANES];
    double sum[SLANES];
    for (int j = 0; j < SLANES; j++) { x[j] = in + (size_t)(r + (j < lanes ? j : 0)) * cols; sum[j] = 0; }
    double *s = sum_scratch; /* s[oi * SLANES + j]: lane j's running sum at output oi */
    int li = 0, ri = 0, oi = 0;
    for (int k = 0; k < p1; k++, ri++) for (int j = 0; j < SLANES; j++) sum[j] += x[j][ri];
    for (int k = 0; k < p2; k++, ri++, oi++) for (int j = 0; j < SLANES; j++) { sum[j] += x[j][ri]; s[oi * SLANES + j] = sum[j]; }
    for (int k = 0; k < p3; k++, ri++, li++, oi++) for (int j = 0; j < SLANES; j++) { sum[j] += x[j][ri] - (double)x[j][li]; s[oi * SLANES + j] = sum[j]; }
    for (int k = 0; k < p4; k++, li++, oi++) for (int j = 0; j < SLANES; j++) { sum[j] -= x[j][li]; s[oi * SLANES + j] = sum[j]; }
    for (int j = 0; j < lanes; j++) {
      float *y = out + (size_t)(r + j) * 64;
      for (int c = 0; c < 64; c++) y[c] = (float)(s[sample_cols[c] * SLANES + j] / count[sample_cols[c]]);
    }
  }
}

/*
 * Upright (r, c) reads stored (sr, sc) = (a·r + b·c + e, f·r + g·c + h), per EXIF orientation; e and h
 * count in (stored height − 1) and (stored width − 1). The same table as UPRIGHT_MAP in pdq.ts.
 */
static const int ORIENT[9][6] = {
  { 1, 0, 0, 0, 1, 0 },
  { 1, 0, 0, 0, 1, 0 }, { 1, 0, 0, 0, -1, 1 }, { -1, 0, 1, 0, -1, 1 }, { -1, 0, 1, 0, 1, 0 },
  { 0, 1, 0, 1, 0, 0 }, { 0, -1, 1, 1, 0, 0 }, { 0, -1, 1, -1, 0, 1 }, { 0, 1, 0, -1, 0, 1 },
};

/*
 * The PDQ DCT block of the picture as shown (EXIF orientation applied while computing luma).
 * `sw` × `sh` is the stored size. Returns the quality (0..100), or -1 when out of memory.
 */
static int pdq_dct(const uint8_t *px, int sw, int sh, int channels, int orientation, double *dct) {
  const int *m = ORIENT[orientation >= 1 && orientation <= 8 ? orientation : 1];
  const int cols = orientation >= 5 ? sh : sw, rows = orientation >= 5 ? sw : sh;
  const size_t n = (size_t)rows * cols;
  /* the second pass's rows × 64 samples go in the same scratch: as wide as 64 for narrower pictures */
  const size_t wide = cols > 64 ? (size_t)cols : 64, nn = (size_t)rows * wide;
  /* per-thread scratch kept between calls: fresh large blocks are fresh pages, and faulting them in cost more than the filter */
  static _Thread_local float *scratch = NULL;
  static _Thread_local double *sums_scratch = NULL;
  static _Thread_local size_t have = 0, have_sums = 0;
  if (nn > have) {
    float *grown = realloc(scratch, 2 * nn * sizeof(float));
    if (!grown) return -1;
    scratch = grown;
    have = nn;
  }
  if (wide > have_sums) {
    /* column sums (cols, then 64), the sampled row pass's sums (SLANES per column) and counts (cols) */
    double *grown = realloc(sums_scratch, wide * (SLANES + 2) * sizeof(double));
    if (!grown) return -1;
    sums_scratch = grown;
    have_sums = wide;
  }
  float *luma = scratch, *other = scratch + nn;
  double *sums = sums_scratch;
  if (orientation <= 1 && channels == 3) {
    /* the products looked up, not computed: the same doubles, summed in the same order */
    for (size_t o = 0; o < n; o++) luma[o] = (float)(LUMA_R[px[3 * o]] + LUMA_G[px[3 * o + 1]] + LUMA_B[px[3 * o + 2]]);
  } else if (orientation <= 1 && channels == 1) {
    for (size_t o = 0; o < n; o++) luma[o] = px[o];
  } else {
    /* upright (r, c) steps through stored pixels by dr per row and dc per column */
    const ptrdiff_t step_r = (ptrdiff_t)m[0] * sw + m[3], step_c = (ptrdiff_t)m[1] * sw + m[4];
    const ptrdiff_t origin = (ptrdiff_t)m[2] * (sh - 1) * sw + (ptrdiff_t)m[5] * (sw - 1);
    for (int r = 0, o = 0; r < rows; r++) {
      ptrdiff_t at = origin + step_r * r;
      for (int c = 0; c < cols; c++, o++, at += step_c) {
        const uint8_t *q = px + at * channels;
        luma[o] = channels >= 3 ? (float)(LUMA_R[q[0]] + LUMA_G[q[1]] + LUMA_B[q[2]]) : q[0];
      }
    }
  }
  const int wr = window_size(cols), wc = window_size(rows);
  int sample_cols[64];
  for (int j = 0; j < 64; j++) sample_cols[j] = (int)floor(((j + 0.5) * cols) / 64);
  /* the first pass in full; the second at the 64 sampled columns (box_rows_sampled), then down those columns */
  box_rows(luma, other, rows, cols, wr);
  box_columns(other, luma, rows, cols, wc, sums);
  box_rows_sampled(luma, other, rows, cols, wr, sample_cols, sums + cols, (int *)(sums + (size_t)cols * (SLANES + 1)));
  box_columns(other, luma, rows, 64, wc, sums);
  double a[64 * 64];
  for (int i = 0; i < 64; i++) {
    const int ini = (int)floor(((i + 0.5) * rows) / 64);
    for (int j = 0; j < 64; j++) a[i * 64 + j] = luma[(size_t)ini * 64 + j];
  }
  double gradient = 0;
  for (int i = 0; i < 63; i++) for (int j = 0; j < 64; j++) gradient += fabs(trunc(((a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255));
  for (int i = 0; i < 64; i++) for (int j = 0; j < 63; j++) gradient += fabs(trunc(((a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255));
  const double q = trunc(gradient / 90);
  double t[16 * 64];
  for (int i = 0; i < 16; i++)
    for (int j = 0; j < 64; j++) {
      double s = 0;
      for (int k = 0; k < 64; k++) s += DCT[i * 64 + k] * a[k * 64 + j];
      t[i * 64 + j] = s;
    }
  for (int i = 0; i < 16; i++)
    for (int j = 0; j < 16; j++) {
      double s = 0;
      for (int k = 0; k < 64; k++) s += t[i * 64 + k] * DCT[j * 64 + k];
      dct[i * 16 + j] = s;
    }
  return q > 100 ? 100 : (int)q;
}

/* ---------------------------------------------------------------- model input */

/* modelInput() in decode.ts: bilinear, aligned corners, turned upright, / 255, NHWC; the same arithmetic. */
static int model_input(const uint8_t *px, int pw, int ph, int orientation, int size, float *out) {
  const int *m = ORIENT[orientation >= 1 && orientation <= 8 ? orientation : 1];
  const int s = size, mm = s - 1;
  int *ylo = malloc(sizeof(int) * s * 4);
  double *w = malloc(sizeof(double) * s * 2);
  if (!ylo || !w) { free(ylo); free(w); return -1; }
  int *yhi = ylo + s, *xlo = ylo + 2 * s, *xhi = ylo + 3 * s;
  double *yw = w, *xw = w + s;
  const double fy = s > 1 ? (double)(ph - 1) / mm : 0, fx = s > 1 ? (double)(pw - 1) / mm : 0;
  for (int i = 0; i < s; i++) {
    double y = i * fy, x = i * fx;
    ylo[i] = (int)floor(y); yhi[i] = ylo[i] + 1 < ph - 1 ? ylo[i] + 1 : ph - 1; yw[i] = y - ylo[i];
    xlo[i] = (int)floor(x); xhi[i] = xlo[i] + 1 < pw - 1 ? xlo[i] + 1 : pw - 1; xw[i] = x - xlo[i];
  }
  const double inv = 1.0 / 255;
  for (int r = 0; r < s; r++) {
    for (int c = 0; c < s; c++) {
      const int sr = m[0] * r + m[1] * c + m[2] * mm, sc = m[3] * r + m[4] * c + m[5] * mm;
      const int y0 = ylo[sr], y1 = yhi[sr], x0 = xlo[sc], x1 = xhi[sc];
      const double dy = yw[sr], dx = xw[sc];
      const uint8_t *p00 = px + ((size_t)y0 * pw + x0) * 3, *p01 = px + ((size_t)y0 * pw + x1) * 3;
      const uint8_t *p10 = px + ((size_t)y1 * pw + x0) * 3, *p11 = px + ((size_t)y1 * pw + x1) * 3;
      float *d = out + ((size_t)r * s + c) * 3;
      for (int ch = 0; ch < 3; ch++) {
        const double top = p00[ch] + (p01[ch] - p00[ch]) * dx;
        const double bottom = p10[ch] + (p11[ch] - p10[ch]) * dx;
        d[ch] = (float)((top + (bottom - top) * dy) * inv);
      }
    }
  }
  free(ylo); free(w);
  return 0;
}

/* ---------------------------------------------------------------- stroke test */

/* strokeDensity() in services/image/ocr/strokes.ts: the same integer arithmetic, the same count. */
#define CELL 16
static void stroke_count(const int16_t *ch, int w, int h, int step, int width, uint16_t *cells, int cw, uint16_t *scratch, int8_t *last_sign, int32_t *last_y) {
  const int ncells = cw * ((h + CELL - 1) / CELL);
  memset(scratch, 0, sizeof(uint16_t) * ncells);
  for (int y = 0; y < h; y++) {
    int ls = 0, lx = -100;
    const int16_t *row = ch + (size_t)y * w;
    uint16_t *crow = scratch + (y / CELL) * cw;
    for (int x = 0; x + 1 < w; x++) {
      const int d = row[x + 1] - row[x];
      const int sg = d >= step ? 1 : d <= -step ? -1 : 0;
      if (!sg) continue;
      if (sg == -ls && x - lx <= width) crow[x / CELL]++;
      ls = sg;
      lx = x;
    }
  }
  memset(last_sign, 0, w);
  for (int x = 0; x < w; x++) last_y[x] = -100;
  for (int y = 0; y + 1 < h; y++) {
    const int16_t *row = ch + (size_t)y * w;
    uint16_t *crow = scratch + (y / CELL) * cw;
    for (int x = 0; x < w; x++) {
      const int d = row[w + x] - row[x];
      const int sg = d >= step ? 1 : d <= -step ? -1 : 0;
      if (!sg) continue;
      if (sg == -last_sign[x] && y - last_y[x] <= width) crow[x / CELL]++;
      last_sign[x] = (int8_t)sg;
      last_y[x] = y;
    }
  }
  for (int i = 0; i < ncells; i++) if (scratch[i] > cells[i]) cells[i] = scratch[i];
}

/* Returns the strokes in the third-densest cell, or -1 when out of memory. */
static int stroke_density(const uint8_t *px, int w, int h, int step, int chroma_step, int width) {
  const size_t n = (size_t)w * h;
  const int cw = (w + CELL - 1) / CELL, ncells = cw * ((h + CELL - 1) / CELL);
  int16_t *planes = malloc(sizeof(int16_t) * n * 3);
  uint16_t *cells = calloc((size_t)ncells * 2, sizeof(uint16_t));
  int8_t *last_sign = malloc(w);
  int32_t *last_y = malloc(sizeof(int32_t) * w);
  if (!planes || !cells || !last_sign || !last_y) { free(planes); free(cells); free(last_sign); free(last_y); return -1; }
  int16_t *Y = planes, *Cr = planes + n, *Cb = planes + 2 * n;
  for (size_t i = 0, j = 0; i < n; i++, j += 3) {
    const int R = px[j], G = px[j + 1], B = px[j + 2];
    Y[i] = (int16_t)((77 * R + 150 * G + 29 * B) >> 8);
    Cr[i] = (int16_t)((128 * R - 107 * G - 21 * B) >> 8);
    Cb[i] = (int16_t)((-43 * R - 85 * G + 128 * B) >> 8);
  }
  stroke_count(Y, w, h, step, width, cells, cw, cells + ncells, last_sign, last_y);
  stroke_count(Cr, w, h, chroma_step, width, cells, cw, cells + ncells, last_sign, last_y);
  stroke_count(Cb, w, h, chroma_step, width, cells, cw, cells + ncells, last_sign, last_y);
  int a = 0, b = 0, c = 0;
  for (int i = 0; i < ncells; i++) {
    const int v = cells[i];
    if (v > a) { c = b; b = a; a = v; }
    else if (v > b) { c = b; b = v; }
    else if (v > c) c = v;
  }
  free(planes); free(cells); free(last_sign); free(last_y);
  return c;
}

/* ---------------------------------------------------------------- JPEG */

struct err_mgr {
  struct jpeg_error_mgr pub;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

static void on_error(j_common_ptr c) {
  struct err_mgr *e = (struct err_mgr *)c->err;
  (*c->err->format_message)(c, e->message);
  longjmp(e->jump, 1);
}

/* Warnings are ignored except a truncated file, which is an error (as libvips' fail-on=truncated). */
static void on_message(j_common_ptr c, int level) {
  if (level >= 0) return;
  if (c->err->msg_code == JWRN_JPEG_EOF) on_error(c);
  c->err->num_warnings++;
}

static uint32_t rd(const uint8_t *p, int bytes, int le) {
  uint32_t v = 0;
  if (le) for (int i = bytes - 1; i >= 0; i--) v = (v << 8) | p[i];
  else for (int i = 0; i < bytes; i++) v = (v << 8) | p[i];
  return v;
}

/* EXIF orientation (1-8) from an APP1 payload, 1 when absent or unreadable. */
static int exif_orientation(const uint8_t *d, unsigned len) {
  if (len < 14 || memcmp(d, "Exif\0\0", 6) != 0) return 1;
  const uint8_t *t = d + 6;
  const unsigned n = len - 6;
  int le;
  if (t[0] == 'I' && t[1] == 'I') le = 1;
  else if (t[0] == 'M' && t[1] == 'M') le = 0;
  else return 1;
  const uint32_t ifd = rd(t + 4, 4, le);
  if (ifd > n - 2) return 1;
  const unsigned count = rd(t + ifd, 2, le);
  for (unsigned k = 0; k < count; k++) {
    const uint32_t e = ifd + 2 + 12 * k;
    if (e + 12 > n) return 1;
    if (rd(t + e, 2, le) == 0x0112) {
      const unsigned v = rd(t + e + 8, 2, le);
      return v >= 1 && v <= 8 ? (int)v : 1;
    }
  }
  return 1;
}

/* ---------------------------------------------------------------- Node-API glue */

#define CHECK(call) do { if ((call) != napi_ok) { napi_throw_error(env, "VGL_NATIVE", #call " failed"); return NULL; } } while (0)

static napi_value set_num(napi_env env, napi_value obj, const char *key, double v) {
  napi_value x;
  if (napi_create_double(env, v, &x) != napi_ok || napi_set_named_property(env, obj, key, x) != napi_ok) return NULL;
  return obj;
}

static napi_value set_str(napi_env env, napi_value obj, const char *key, const char *v) {
  napi_value x;
  if (napi_create_string_utf8(env, v, NAPI_AUTO_LENGTH, &x) != napi_ok || napi_set_named_property(env, obj, key, x) != napi_ok) return NULL;
  return obj;
}

static int bytes_of(napi_env env, napi_value v, void **data, size_t *len) {
  bool is;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return 0;
  napi_typedarray_type type;
  napi_value ab;
  size_t offset;
  if (napi_get_typedarray_info(env, v, &type, len, data, &ab, &offset) != napi_ok) return 0;
  if (type == napi_float64_array) *len *= 8;
  return 1;
}

/* pdqDct(pixels: Uint8Array, width, height, channels, out: Float64Array(256), orientation): quality */
static napi_value js_pdq_dct(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void *px, *out;
  size_t plen, olen;
  int32_t w, h, ch, orientation;
  if (argc < 6 || !bytes_of(env, argv[0], &px, &plen) || !bytes_of(env, argv[4], &out, &olen) ||
      napi_get_value_int32(env, argv[1], &w) != napi_ok || napi_get_value_int32(env, argv[2], &h) != napi_ok ||
      napi_get_value_int32(env, argv[3], &ch) != napi_ok || napi_get_value_int32(env, argv[5], &orientation) != napi_ok || w < 1 || h < 1 || ch < 1 || ch > 4 ||
      (size_t)w * (size_t)h * (size_t)ch > plen || olen < 256 * sizeof(double)) {
    napi_throw_type_error(env, "VGL_NATIVE", "pdqDct(pixels, width, height, channels, out, orientation): bad arguments");
    return NULL;
  }
  const int q = pdq_dct(px, w, h, ch, orientation, out);
  if (q < 0) { napi_throw_error(env, "VGL_NATIVE", "pdqDct: out of memory"); return NULL; }
  napi_value r;
  CHECK(napi_create_int32(env, q, &r));
  return r;
}

/*
 * libjpeg's own colour arithmetic (jdcolor.c: 16-bit fixed point, the same tables), so that the RGB and the
 * luma computed here are byte for byte what libjpeg gives for JCS_RGB and JCS_GRAYSCALE output: YCbCr → RGB,
 * and RGB → Y for the rare JPEG stored as RGB.
 */
#define CSCALE 16
#define CHALF ((int32_t)1 << (CSCALE - 1))
#define CFIX(x) ((int32_t)((x) * (1L << CSCALE) + 0.5))
static int32_t CR_R[256], CB_B[256], CR_G[256], CB_G[256], R_Y[256], G_Y[256], B_Y[256];

static void colour_init(void) {
  for (int i = 0; i < 256; i++) {
    const int32_t x = i - 128;
    CR_R[i] = (CFIX(1.40200) * x + CHALF) >> CSCALE;
    CB_B[i] = (CFIX(1.77200) * x + CHALF) >> CSCALE;
    CR_G[i] = -CFIX(0.71414) * x;
    CB_G[i] = -CFIX(0.34414) * x + CHALF;
    R_Y[i] = CFIX(0.29900) * i;
    G_Y[i] = CFIX(0.58700) * i;
    B_Y[i] = CFIX(0.11400) * i + CHALF;
  }
}

static inline uint8_t clamp255(int32_t v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }

/* YCbCr triplets → RGB in place, Y into `luma` (n pixels). */
static void ycc_to_rgb_and_luma(uint8_t *px, uint8_t *luma, size_t n) {
  for (size_t i = 0; i < n; i++, px += 3) {
    const int32_t y = px[0], cb = px[1], cr = px[2];
    luma[i] = (uint8_t)y;
    px[0] = clamp255(y + CR_R[cr]);
    px[1] = clamp255(y + ((CB_G[cb] + CR_G[cr]) >> CSCALE));
    px[2] = clamp255(y + CB_B[cb]);
  }
}

/*
 * One JPEG decode at the working DCT scale (jpegDecode and jpegPdq): header, limits, EXIF orientation,
 * scale, then the scanlines into `out` (allocated by `alloc` once the output size is known). `grey`
 * asks libjpeg for the luma component alone (JCS_GRAYSCALE: no chroma IDCT, upsampling or colour
 * conversion). With `alloc_luma` (and not grey) the RGB comes with the luma plane that a grey decode of
 * the same file gives, byte for byte: libjpeg decodes to YCbCr, and the conversion to RGB is done here
 * with libjpeg's arithmetic (the same RGB bytes). Both only where the JPEG is shrunk on load (scale > 1):
 * at its stored size it is decoded to RGB alone (channels 3, no luma plane), whose PDQ is the reference
 * hasher's bit for bit; shrunk, no decode is the reference's, and Y directly saves the chroma. Returns 0 when decoded; else the result object already
 * says why (error, limit, unsupported) and -1 is returned; -2 when an allocation failed (nothing set).
 */
struct decoded { int width, height, channels, orientation, scale; uint8_t *data, *luma; };
typedef uint8_t *(*alloc_fn)(napi_env env, size_t bytes, void *ctx);

static int decode_jpeg(napi_env env, napi_value result, const void *bytes, size_t len, double max_pixels, double min_longest, double min_shortest,
                       int grey, alloc_fn alloc, void *ctx, alloc_fn alloc_luma, void *luma_ctx, struct decoded *d) {
  struct jpeg_decompress_struct c;
  struct err_mgr e;
  c.err = jpeg_std_error(&e.pub);
  e.pub.error_exit = on_error;
  e.pub.emit_message = on_message;
  e.message[0] = 0;
  if (setjmp(e.jump)) {
    jpeg_destroy_decompress(&c);
    set_str(env, result, "error", "decode");
    set_str(env, result, "message", e.message);
    return -1;
  }
  jpeg_create_decompress(&c);
  jpeg_mem_src(&c, bytes, (unsigned long)len);
  jpeg_save_markers(&c, JPEG_APP0 + 1, 0xffff);
  jpeg_read_header(&c, TRUE);
  const double sw = c.image_width, sh = c.image_height;
  set_num(env, result, "storedWidth", sw);
  set_num(env, result, "storedHeight", sh);
  if (sw * sh > max_pixels) {
    jpeg_destroy_decompress(&c);
    set_str(env, result, "error", "limit");
    return -1;
  }
  if (c.jpeg_color_space != JCS_YCbCr && c.jpeg_color_space != JCS_GRAYSCALE && c.jpeg_color_space != JCS_RGB) {
    jpeg_destroy_decompress(&c);
    set_str(env, result, "unsupported", c.jpeg_color_space == JCS_CMYK ? "cmyk" : c.jpeg_color_space == JCS_YCCK ? "ycck" : "colour space");
    return -1;
  }
  int orientation = 1;
  for (jpeg_saved_marker_ptr m = c.marker_list; m; m = m->next)
    if (m->marker == JPEG_APP0 + 1 && (orientation = exif_orientation(m->data, m->data_length)) != 1) break;
  const double longest = sw > sh ? sw : sh, shortest = sw > sh ? sh : sw;
  int scale = 1;
  while (scale < 8 && longest / (scale * 2) >= min_longest && shortest / (scale * 2) >= min_shortest) scale *= 2;
  c.scale_num = 1;
  c.scale_denom = scale;
  /* the luma alone only for a shrunk decode: at the stored size PDQ of the RGB is the reference hasher's exactly */
  if (scale == 1) grey = 0;
  const int want_luma = scale > 1 && !grey && alloc_luma;
  const int ycc = want_luma && c.jpeg_color_space == JCS_YCbCr;
  c.out_color_space = grey ? JCS_GRAYSCALE : ycc ? JCS_YCbCr : JCS_RGB;
  jpeg_start_decompress(&c);
  const size_t stride = (size_t)c.output_width * c.output_components;
  uint8_t *out = alloc(env, stride * c.output_height, ctx);
  uint8_t *luma = want_luma && out ? alloc_luma(env, (size_t)c.output_width * c.output_height, luma_ctx) : NULL;
  if (!out || (want_luma && !luma)) {
    jpeg_destroy_decompress(&c);
    return -2;
  }
  while (c.output_scanline < c.output_height) {
    JSAMPROW rows[4];
    for (int k = 0; k < 4; k++) rows[k] = (JSAMPROW)out + stride * (c.output_scanline + k < c.output_height ? c.output_scanline + k : c.output_scanline);
    jpeg_read_scanlines(&c, rows, 4);
  }
  jpeg_finish_decompress(&c);
  if (luma) {
    const size_t n = (size_t)c.output_width * c.output_height;
    if (ycc) ycc_to_rgb_and_luma(out, luma, n);
    else if (c.jpeg_color_space == JCS_RGB)
      for (size_t i = 0; i < n; i++) luma[i] = (uint8_t)((R_Y[out[3 * i]] + G_Y[out[3 * i + 1]] + B_Y[out[3 * i + 2]]) >> CSCALE);
    else
      for (size_t i = 0; i < n; i++) luma[i] = out[3 * i]; /* grey stored: libjpeg's RGB repeats it */
  }
  d->width = c.output_width;
  d->height = c.output_height;
  d->channels = c.output_components;
  d->luma = luma;
  d->orientation = orientation;
  d->scale = scale;
  d->data = out;
  jpeg_destroy_decompress(&c);
  return 0;
}

/* jpegDecode's pixels: a new Node buffer (kept in ctx), the decoded image's own. */
static uint8_t *alloc_buffer(napi_env env, size_t bytes, void *ctx) {
  void *data;
  return napi_create_buffer(env, bytes, &data, (napi_value *)ctx) == napi_ok ? data : NULL;
}

/* jpegPdq's pixels: per-thread scratch kept between calls (fresh large blocks are fresh pages to fault in). */
static uint8_t *alloc_scratch(napi_env env, size_t bytes, void *ctx) {
  static _Thread_local uint8_t *scratch = NULL;
  static _Thread_local size_t have = 0;
  if (bytes > have) {
    uint8_t *grown = realloc(scratch, bytes);
    if (!grown) return NULL;
    scratch = grown;
    have = bytes;
  }
  return scratch;
}

static int read_decode_args(napi_env env, napi_callback_info info, size_t want, napi_value *argv, size_t *argc, void **bytes, size_t *len, double *limits) {
  *argc = want;
  if (napi_get_cb_info(env, info, argc, argv, NULL, NULL) != napi_ok || *argc < 4 || !bytes_of(env, argv[0], bytes, len)) return 0;
  for (int k = 0; k < 3; k++) if (napi_get_value_double(env, argv[k + 1], &limits[k]) != napi_ok) return 0;
  return 1;
}

/*
 * jpegDecode(bytes, maxPixels, minLongest, minShortest, luma?) → { data, luma?, width, height, storedWidth, storedHeight,
 * orientation, scale } | { error, message } | { unsupported }. With `luma` true, also the luma plane that jpegPdq's
 * grey decode reads (the JPEG's own Y), so that PDQ of a decoded JPEG and `vigil hash` agree bit for bit.
 */
static napi_value js_jpeg_decode(napi_env env, napi_callback_info info) {
  napi_value argv[5];
  size_t argc, len;
  void *bytes;
  double lim[3];
  bool want_luma = false;
  if (!read_decode_args(env, info, 5, argv, &argc, &bytes, &len, lim) || (argc >= 5 && napi_get_value_bool(env, argv[4], &want_luma) != napi_ok)) {
    napi_throw_type_error(env, "VGL_NATIVE", "jpegDecode(bytes, maxPixels, minLongest, minShortest, luma): bad arguments");
    return NULL;
  }
  napi_value result, buf, luma_buf;
  CHECK(napi_create_object(env, &result));
  struct decoded d;
  const int rc = decode_jpeg(env, result, bytes, len, lim[0], lim[1], lim[2], 0, alloc_buffer, &buf, want_luma ? alloc_buffer : NULL, &luma_buf, &d);
  if (rc == -2) { napi_throw_error(env, "VGL_NATIVE", "jpegDecode: out of memory"); return NULL; }
  if (rc < 0) return result;
  if (d.luma) napi_set_named_property(env, result, "luma", luma_buf);
  set_num(env, result, "width", d.width);
  set_num(env, result, "height", d.height);
  set_num(env, result, "orientation", d.orientation);
  set_num(env, result, "scale", d.scale);
  napi_set_named_property(env, result, "data", buf);
  return result;
}

/*
 * jpegPdq(bytes, maxPixels, minLongest, minShortest, grey, dct: Float64Array(256)) → { quality, width, height,
 * storedWidth, storedHeight, orientation, scale } | { error, message } | { unsupported }: jpegDecode then
 * pdqDct on its pixels, without handing the pixels to JavaScript (decoded into per-thread scratch). With
 * grey false, the same pixels and so the same bits as jpegDecode + pdqDct; with grey true, PDQ of the
 * JPEG's own luma (Y) component, which libjpeg decodes without the chroma.
 */
static napi_value js_jpeg_pdq(napi_env env, napi_callback_info info) {
  napi_value argv[6];
  size_t argc, len, olen;
  void *bytes, *dct;
  double lim[3];
  bool grey;
  if (!read_decode_args(env, info, 6, argv, &argc, &bytes, &len, lim) || argc < 6 || napi_get_value_bool(env, argv[4], &grey) != napi_ok ||
      !bytes_of(env, argv[5], &dct, &olen) || olen < 256 * sizeof(double)) {
    napi_throw_type_error(env, "VGL_NATIVE", "jpegPdq(bytes, maxPixels, minLongest, minShortest, grey, dct): bad arguments");
    return NULL;
  }
  napi_value result;
  CHECK(napi_create_object(env, &result));
  struct decoded d;
  const int rc = decode_jpeg(env, result, bytes, len, lim[0], lim[1], lim[2], grey, alloc_scratch, NULL, NULL, NULL, &d);
  if (rc == -2) { napi_throw_error(env, "VGL_NATIVE", "jpegPdq: out of memory"); return NULL; }
  if (rc < 0) return result;
  const int q = pdq_dct(d.data, d.width, d.height, d.channels, d.orientation, dct);
  if (q < 0) { napi_throw_error(env, "VGL_NATIVE", "jpegPdq: out of memory"); return NULL; }
  set_num(env, result, "quality", q);
  set_num(env, result, "width", d.width);
  set_num(env, result, "height", d.height);
  set_num(env, result, "orientation", d.orientation);
  set_num(env, result, "scale", d.scale);
  return result;
}

/* ---------------------------------------------------------------- digests */

/*
 * OpenSSL's one-shot EVP_Digest, from the node binary, which exports its OpenSSL on Linux (it is the
 * same library node:crypto uses, so the same digests). Weak: where node does not export them the
 * addon still loads, these are null, and digests() returns undefined.
 */
typedef struct evp_md_st vigil_evp_md;
extern int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size, const vigil_evp_md *type, void *impl) __attribute__((weak));
extern const vigil_evp_md *EVP_md5(void) __attribute__((weak));
extern const vigil_evp_md *EVP_sha256(void) __attribute__((weak));

struct digest_work {
  napi_async_work work;
  napi_deferred deferred;
  napi_ref bytes_ref; /* keeps the bytes alive while the pool thread reads them */
  const uint8_t *bytes;
  size_t len;
  int ok;
  char md5[33], sha256[65];
};

static void hex_of(const unsigned char *d, unsigned n, char *out) {
  static const char h[] = "0123456789abcdef";
  for (unsigned i = 0; i < n; i++) { out[2 * i] = h[d[i] >> 4]; out[2 * i + 1] = h[d[i] & 15]; }
  out[2 * n] = 0;
}

static void digests_execute(napi_env env, void *data) {
  struct digest_work *w = data;
  unsigned char md[32];
  unsigned int n = 0;
  w->ok = 0;
  if (EVP_Digest(w->bytes, w->len, md, &n, EVP_md5(), NULL) != 1 || n != 16) return;
  hex_of(md, 16, w->md5);
  if (EVP_Digest(w->bytes, w->len, md, &n, EVP_sha256(), NULL) != 1 || n != 32) return;
  hex_of(md, 32, w->sha256);
  w->ok = 1;
}

static void digests_complete(napi_env env, napi_status status, void *data) {
  struct digest_work *w = data;
  napi_value result, s;
  if (status == napi_ok && w->ok && napi_create_array_with_length(env, 2, &result) == napi_ok &&
      napi_create_string_latin1(env, w->md5, 32, &s) == napi_ok && napi_set_element(env, result, 0, s) == napi_ok &&
      napi_create_string_latin1(env, w->sha256, 64, &s) == napi_ok && napi_set_element(env, result, 1, s) == napi_ok) {
    napi_resolve_deferred(env, w->deferred, result);
  } else {
    napi_get_null(env, &result);
    napi_resolve_deferred(env, w->deferred, result); /* null: the caller computes them with node:crypto */
  }
  napi_delete_reference(env, w->bytes_ref);
  napi_delete_async_work(env, w->work);
  free(w);
}

/* digests(bytes: Uint8Array) → Promise<[md5, sha256] | null> | undefined (no OpenSSL exported by node) */
static napi_value js_digests(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], promise, name;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!EVP_Digest || !EVP_md5 || !EVP_sha256) return NULL; /* undefined */
  void *bytes;
  size_t len;
  if (argc < 1 || !bytes_of(env, argv[0], &bytes, &len)) {
    napi_throw_type_error(env, "VGL_NATIVE", "digests(bytes): bad arguments");
    return NULL;
  }
  struct digest_work *w = calloc(1, sizeof *w);
  if (!w) { napi_throw_error(env, "VGL_NATIVE", "digests: out of memory"); return NULL; }
  w->bytes = bytes;
  w->len = len;
  if (napi_create_reference(env, argv[0], 1, &w->bytes_ref) != napi_ok) { free(w); napi_throw_error(env, "VGL_NATIVE", "digests: reference"); return NULL; }
  if (napi_create_promise(env, &w->deferred, &promise) != napi_ok || napi_create_string_utf8(env, "vigil:digests", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, digests_execute, digests_complete, w, &w->work) != napi_ok) {
    napi_delete_reference(env, w->bytes_ref);
    free(w);
    napi_throw_error(env, "VGL_NATIVE", "digests: async work");
    return NULL;
  }
  if (napi_queue_async_work(env, w->work) != napi_ok) {
    napi_throw_error(env, "VGL_NATIVE", "digests: queue");
    return NULL; /* the promise is dropped; the work and reference are leaked, once */
  }
  return promise;
}

/* modelInput(pixels, pw, ph, orientation, size, out: Float32Array, offset) */
static napi_value js_model_input(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void *px, *out;
  size_t plen, olen;
  int32_t pw, ph, orientation, size, offset;
  bool is;
  napi_typedarray_type type;
  napi_value ab;
  size_t byte_offset;
  if (argc < 7 || !bytes_of(env, argv[0], &px, &plen) || napi_is_typedarray(env, argv[5], &is) != napi_ok || !is ||
      napi_get_typedarray_info(env, argv[5], &type, &olen, &out, &ab, &byte_offset) != napi_ok || type != napi_float32_array ||
      napi_get_value_int32(env, argv[1], &pw) != napi_ok || napi_get_value_int32(env, argv[2], &ph) != napi_ok ||
      napi_get_value_int32(env, argv[3], &orientation) != napi_ok || napi_get_value_int32(env, argv[4], &size) != napi_ok ||
      napi_get_value_int32(env, argv[6], &offset) != napi_ok || pw < 1 || ph < 1 || size < 1 || offset < 0 ||
      (size_t)pw * (size_t)ph * 3 > plen || (size_t)offset + (size_t)size * size * 3 > olen) {
    napi_throw_type_error(env, "VGL_NATIVE", "modelInput(pixels, pw, ph, orientation, size, out, offset): bad arguments");
    return NULL;
  }
  if (model_input(px, pw, ph, orientation, size, (float *)out + offset) < 0) { napi_throw_error(env, "VGL_NATIVE", "modelInput: out of memory"); return NULL; }
  return NULL;
}

/* strokeDensity(pixels, width, height, step, chromaStep, strokeWidth): strokes in the third-densest cell */
static napi_value js_stroke_density(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void *px;
  size_t plen;
  int32_t v[5];
  int ok = argc >= 6 && bytes_of(env, argv[0], &px, &plen);
  for (int k = 0; ok && k < 5; k++) ok = napi_get_value_int32(env, argv[k + 1], &v[k]) == napi_ok;
  if (!ok || v[0] < 1 || v[1] < 1 || (size_t)v[0] * (size_t)v[1] * 3 > plen) {
    napi_throw_type_error(env, "VGL_NATIVE", "strokeDensity(pixels, width, height, step, chromaStep, strokeWidth): bad arguments");
    return NULL;
  }
  const int d = stroke_density(px, v[0], v[1], v[2], v[3], v[4]);
  if (d < 0) { napi_throw_error(env, "VGL_NATIVE", "strokeDensity: out of memory"); return NULL; }
  napi_value r;
  CHECK(napi_create_int32(env, d, &r));
  return r;
}

/*
 * jpegEncodeYcck(cmyk, width, height, quality): a YCCK JPEG (Adobe, transform 2) of CMYK pixels (0 = no
 * ink). libvips writes CMYK JPEGs but never YCCK: the image-mode tests make theirs with this.
 */
static napi_value js_jpeg_encode_ycck(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void *px;
  size_t plen;
  int32_t w, h, quality;
  if (argc < 4 || !bytes_of(env, argv[0], &px, &plen) || napi_get_value_int32(env, argv[1], &w) != napi_ok || napi_get_value_int32(env, argv[2], &h) != napi_ok ||
      napi_get_value_int32(env, argv[3], &quality) != napi_ok || w < 1 || h < 1 || (size_t)w * (size_t)h * 4 > plen) {
    napi_throw_type_error(env, "VGL_NATIVE", "jpegEncodeYcck(cmyk, width, height, quality): bad arguments");
    return NULL;
  }
  struct jpeg_compress_struct c;
  struct err_mgr e;
  c.err = jpeg_std_error(&e.pub);
  e.pub.error_exit = on_error;
  unsigned char *out = NULL;
  unsigned long out_len = 0;
  uint8_t *row = malloc((size_t)w * 4);
  if (!row) { napi_throw_error(env, "VGL_NATIVE", "jpegEncodeYcck: out of memory"); return NULL; }
  if (setjmp(e.jump)) {
    jpeg_destroy_compress(&c);
    free(row);
    free(out);
    napi_throw_error(env, "VGL_NATIVE", e.message);
    return NULL;
  }
  jpeg_create_compress(&c);
  jpeg_mem_dest(&c, &out, &out_len);
  c.image_width = w;
  c.image_height = h;
  c.input_components = 4;
  c.in_color_space = JCS_CMYK;
  jpeg_set_defaults(&c);
  jpeg_set_colorspace(&c, JCS_YCCK);
  jpeg_set_quality(&c, quality, TRUE);
  jpeg_start_compress(&c, TRUE);
  while (c.next_scanline < c.image_height) {
    /* Adobe CMYK is stored inverted (255 = no ink), as libvips and Photoshop write it */
    const uint8_t *src = (const uint8_t *)px + (size_t)c.next_scanline * w * 4;
    for (size_t k = 0; k < (size_t)w * 4; k++) row[k] = 255 - src[k];
    JSAMPROW r = row;
    jpeg_write_scanlines(&c, &r, 1);
  }
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  free(row);
  void *data;
  napi_value buf;
  if (napi_create_buffer_copy(env, out_len, out, &data, &buf) != napi_ok) { free(out); napi_throw_error(env, "VGL_NATIVE", "jpegEncodeYcck: out of memory"); return NULL; }
  free(out);
  return buf;
}

NAPI_MODULE_INIT() {
  dct_init();
  napi_property_descriptor props[] = {
    { "pdqDct", NULL, js_pdq_dct, NULL, NULL, NULL, napi_enumerable, NULL },
    { "jpegDecode", NULL, js_jpeg_decode, NULL, NULL, NULL, napi_enumerable, NULL },
    { "jpegPdq", NULL, js_jpeg_pdq, NULL, NULL, NULL, napi_enumerable, NULL },
    { "modelInput", NULL, js_model_input, NULL, NULL, NULL, napi_enumerable, NULL },
    { "strokeDensity", NULL, js_stroke_density, NULL, NULL, NULL, napi_enumerable, NULL },
    { "jpegEncodeYcck", NULL, js_jpeg_encode_ycck, NULL, NULL, NULL, napi_enumerable, NULL },
    { "digests", NULL, js_digests, NULL, NULL, NULL, napi_enumerable, NULL },
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  /* jpegDecode returns the luma plane when asked (an older build does not: hash.ts then hashes its RGB) */
  napi_value yes;
  if (napi_get_boolean(env, true, &yes) != napi_ok || napi_set_named_property(env, exports, "jpegLuma", yes) != napi_ok) return NULL;
  return exports;
}
