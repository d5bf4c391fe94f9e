/**
 * Text detection post-processing for PP-OCR's DB (differentiable binarisation) detector: the model gives
 * a per-pixel text probability map; boxes are the connected regions of `map > threshold`, each replaced by
 * its minimum-area rectangle, kept when the mean probability inside is at least `boxThreshold`, then grown
 * ("unclipped") by `area × unclipRatio / perimeter` on every side, since DB is trained on shrunk text
 * regions. Parameters and steps follow PaddleOCR's DBPostProcess.
 */

/** An oriented text box: corners in reading order (top-left, top-right, bottom-right, bottom-left). */
export interface TextBox {
  readonly corners: readonly [Point, Point, Point, Point];
  /** Mean detector probability over the region. */
  readonly score: number;
}

export type Point = readonly [number, number];

export interface DbOptions {
  /** Probability above which a pixel is text. @default 0.3 */
  readonly threshold: number;
  /** Mean probability a region needs to be kept. @default 0.6 */
  readonly boxThreshold: number;
  /** How far the shrunk region is grown back. @default 1.5 */
  readonly unclipRatio: number;
  /** Shortest side (map pixels) a box may have. @default 3 */
  readonly minSize: number;
  /** Regions examined at most (the largest first is not guaranteed: scan order). @default 1000 */
  readonly maxCandidates: number;
}

export const DB_DEFAULTS: DbOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3, maxCandidates: 1000 };

/** Detector input size for an image: longest side at most `limit`, both sides multiples of 32 (the network's stride). */
export function detInputSize(width: number, height: number, limit: number): [number, number] {
  const r = Math.max(width, height) > limit ? limit / Math.max(width, height) : 1;
  const round = (v: number) => Math.max(32, Math.round((v * r) / 32) * 32);
  return [round(width), round(height)];
}

let scratch = { label: new Int32Array(0), stack: new Int32Array(0) };

/** Boxes in map coordinates from a probability map of `w` × `h`. */
export function dbBoxes(prob: Float32Array, w: number, h: number, o: DbOptions = DB_DEFAULTS): TextBox[] {
  const n = w * h;
  // scratch reused across calls (this function is synchronous): a fresh pair per picture added to the GC's work
  if (scratch.label.length < n) scratch = { label: new Int32Array(n), stack: new Int32Array(n) };
  const label = scratch.label; // 0 unvisited, -1 background/visited
  for (let i = 0; i < n; i++) label[i] = prob[i]! > o.threshold ? 0 : -1;
  const boxes: TextBox[] = [];
  const stack = scratch.stack;
  // per row of the current region: leftmost and rightmost pixel (hull candidates)
  const rowMin = new Int32Array(h).fill(-1);
  const rowMax = new Int32Array(h);
  let candidates = 0;
  for (let start = 0; start < n && candidates < o.maxCandidates; start++) {
    if (label[start] !== 0) continue;
    candidates++;
    let top = 0;
    stack[top++] = start;
    label[start] = -1;
    let sum = 0;
    let count = 0;
    let yMin = h;
    let yMax = -1;
    while (top > 0) {
      const p = stack[--top]!;
      const y = (p / w) | 0;
      const x = p - y * w;
      sum += prob[p]!;
      count++;
      if (rowMin[y]! < 0) {
        rowMin[y] = x;
        rowMax[y] = x;
      } else if (x < rowMin[y]!) rowMin[y] = x;
      else if (x > rowMax[y]!) rowMax[y] = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const q = yy * w + xx;
          if (label[q] === 0) {
            label[q] = -1;
            stack[top++] = q;
          }
        }
      }
    }
    const pts: Point[] = [];
    for (let y = yMin; y <= yMax; y++) {
      if (rowMin[y]! < 0) continue;
      pts.push([rowMin[y]!, y], [rowMin[y]!, y + 1], [rowMax[y]! + 1, y], [rowMax[y]! + 1, y + 1]);
      rowMin[y] = -1;
    }
    if (count < 4) continue;
    const rect = minAreaRect(convexHull(pts));
    if (Math.min(rect.w, rect.h) < o.minSize) continue;
    const score = sum / count;
    if (score < o.boxThreshold) continue;
    const d = (rect.w * rect.h * o.unclipRatio) / (2 * (rect.w + rect.h));
    const grown = { ...rect, w: rect.w + 2 * d, h: rect.h + 2 * d };
    if (Math.min(grown.w, grown.h) < o.minSize + 2) continue;
    boxes.push({ corners: orderedCorners(grown), score });
  }
  return boxes;
}

interface Rect {
  readonly cx: number;
  readonly cy: number;
  /** unit vector along the side of length w */
  readonly ex: number;
  readonly ey: number;
  readonly w: number;
  readonly h: number;
}

/** Andrew's monotone chain; points may repeat. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Minimum-area enclosing rectangle of a convex polygon: one of its sides lies on a hull edge. */
export function minAreaRect(hull: readonly Point[]): Rect {
  let best: Rect | null = null;
  let bestArea = Infinity;
  const m = hull.length;
  for (let i = 0; i < m; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % m]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const ex = (b[0] - a[0]) / len;
    const ey = (b[1] - a[1]) / len;
    let uMin = Infinity, uMax = -Infinity, vMin = Infinity, vMax = -Infinity;
    for (const q of hull) {
      const u = q[0] * ex + q[1] * ey;
      const v = -q[0] * ey + q[1] * ex;
      if (u < uMin) uMin = u;
      if (u > uMax) uMax = u;
      if (v < vMin) vMin = v;
      if (v > vMax) vMax = v;
    }
    const area = (uMax - uMin) * (vMax - vMin);
    if (area < bestArea) {
      bestArea = area;
      const cu = (uMin + uMax) / 2;
      const cv = (vMin + vMax) / 2;
      best = { cx: cu * ex - cv * ey, cy: cu * ey + cv * ex, ex, ey, w: uMax - uMin, h: vMax - vMin };
    }
  }
  if (!best) {
    const q = hull[0] ?? [0, 0];
    return { cx: q[0], cy: q[1], ex: 1, ey: 0, w: 0, h: 0 };
  }
  return best;
}

/** Corners in reading order: the text axis is the side nearer horizontal, pointing right; "down" is perpendicular to it. */
function orderedCorners(r: Rect): [Point, Point, Point, Point] {
  // side along (ex, ey) has length w, the other h
  let ux = r.ex, uy = r.ey, W = r.w, H = r.h;
  if (Math.abs(ux) < Math.abs(uy)) {
    [ux, uy] = [-r.ey, r.ex];
    [W, H] = [r.h, r.w];
  }
  if (ux < 0) {
    ux = -ux;
    uy = -uy;
  }
  const vx = -uy, vy = ux; // perpendicular, pointing down in image coordinates
  const tl: Point = [r.cx - (ux * W) / 2 - (vx * H) / 2, r.cy - (uy * W) / 2 - (vy * H) / 2];
  return [tl, [tl[0] + ux * W, tl[1] + uy * W], [tl[0] + ux * W + vx * H, tl[1] + uy * W + vy * H], [tl[0] + vx * H, tl[1] + vy * H]];
}

/** A box's writing direction when not known better: along its long side, rightwards, or downwards for a tall box (vertical line). */
export function writingDirection(b: TextBox): Point {
  const [tl, tr, , bl] = b.corners;
  const w = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]) || 1;
  const h = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]) || 1;
  return h >= 1.5 * w ? [(bl[0] - tl[0]) / h, (bl[1] - tl[1]) / h] : [(tr[0] - tl[0]) / w, (tr[1] - tl[1]) / w];
}

/**
 * Reading order, in the frame of the text: `dir` is each box's writing direction (after the direction
 * classifier: a line read upside down points the other way); lines follow one another at 90° clockwise
 * of the mean direction (downwards for horizontal text, leftwards for columns read downwards). Boxes
 * are sorted along that, and boxes of one line (centres within half a line's thickness) along the
 * writing direction.
 */
export function readingOrder<T extends { readonly corners: TextBox['corners'] }>(boxes: readonly T[], dir: (b: T) => Point): T[] {
  const geo = boxes.map((b) => {
    const [tl, tr, br, bl] = b.corners;
    const d = dir(b);
    const w = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    const h = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    // thickness: the box's extent across its writing direction
    const thick = Math.abs(d[0] * (tr[0] - tl[0]) + d[1] * (tr[1] - tl[1])) > w / 2 ? h : w;
    return { b, d, cx: (tl[0] + br[0]) / 2, cy: (tl[1] + br[1]) / 2, thick };
  });
  let dx = 0, dy = 0;
  for (const g of geo) {
    dx += g.d[0] * g.thick;
    dy += g.d[1] * g.thick;
  }
  const n = Math.hypot(dx, dy);
  if (n === 0) {
    dx = 1;
    dy = 0;
  } else {
    dx /= n;
    dy /= n;
  }
  const sx = -dy, sy = dx; // the line-to-line direction
  const keyed = geo.map((g) => ({ b: g.b, along: g.cx * dx + g.cy * dy, across: g.cx * sx + g.cy * sy, thick: g.thick }));
  keyed.sort((a, b) => a.across - b.across);
  for (let i = 1; i < keyed.length; i++) {
    for (let j = i; j > 0; j--) {
      const a = keyed[j - 1]!;
      const b = keyed[j]!;
      if (Math.abs(a.across - b.across) < Math.min(a.thick, b.thick) / 2 && b.along < a.along) [keyed[j - 1], keyed[j]] = [b, a];
      else break;
    }
  }
  return keyed.map((k) => k.b);
}
