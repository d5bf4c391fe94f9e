import sharp from 'sharp';

/** A deterministic synthetic picture (gradient, shapes): benign test content with enough detail for PDQ. */
export async function scene(seed: number, width = 640, height = 480): Promise<Buffer> {
  let s = seed * 2654435761 >>> 0 || 1;
  const r = (n: number) => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s % n;
  };
  const color = () => `rgb(${r(256)},${r(256)},${r(256)})`;
  const shapes: string[] = [];
  for (let i = 0; i < 40; i++) {
    shapes.push(r(2)
      ? `<ellipse cx="${r(width)}" cy="${r(height)}" rx="${10 + r(width / 4)}" ry="${10 + r(height / 4)}" fill="${color()}" fill-opacity="0.8"/>`
      : `<rect x="${r(width)}" y="${r(height)}" width="${10 + r(width / 3)}" height="${10 + r(height / 3)}" fill="${color()}" fill-opacity="0.8" transform="rotate(${r(90)} ${width / 2} ${height / 2})"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color()}"/><stop offset="1" stop-color="${color()}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}
