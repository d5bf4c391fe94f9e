import onnxProto from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;

/** How many of each rewrite `foldAffine` made. */
export interface FoldStats {
  /** Scalar Mul/Add after a Conv folded into its weights and bias. */
  convAffine: number;
  /** Add 3 → Clip [0, 6] → Mul → Div 6 turned into HardSigmoid → Mul (onnxruntime fuses that into the Conv as HardSwish). */
  hardswish: number;
  /** Scalar Mul/Add in front of an unpadded Conv folded into its weights and bias. */
  inputAffine: number;
  /** Scalar Mul in front of a padded Conv folded into its weights (the Add stays, divided by the scale: zero padding stays zero). */
  inputScale: number;
  /** Scalar Mul and/or Add left on a convolution's output, turned into a 1 × 1 depthwise Conv. */
  affineConv: number;
}

/**
 * Rewrites the PP-OCR models (PaddleOCR exported by paddle2onnx) into an equivalent graph that onnxruntime's
 * CPU kernels run in far fewer passes over memory. PP-LCNetV3, the backbone of the PP-OCRv4 detector and
 * recogniser, follows every convolution with a "learnable affine block" (x·a + b, scalars), a hard-swish
 * written out as Add 3, Clip, Mul, Div 6, and another affine block; each of these seven elementwise nodes
 * is a full pass over the feature map, in NCHW, with onnxruntime's NCHWc convolutions reordering in and out
 * around them. Here, exactly (the same arithmetic up to float rounding; tested against the original):
 *  - Conv → Mul a → Add b (a, b scalar constants): W·a, B·a + b;
 *  - y → Add 3 → Clip [0, 6] → Mul y → Div 6 (hard-swish): y → HardSigmoid(α = 1/6, β = 0.5) → Mul y, which
 *    onnxruntime fuses into the convolution before it (activation HardSwish, no reorder);
 *  - Mul c → Add d → Conv without padding: W·c, B + d·ΣW (per output channel);
 *  - Mul c → Add d → Conv with zero padding: W·c and Add d / c (the padding must stay zero, so d stays an Add);
 *  - a scalar Mul and/or Add left on a convolution's output (such as that Add d / c): a 1 × 1 depthwise Conv
 *    with weight c and bias d, which stays in onnxruntime's blocked layout with the convolutions around it.
 * A rewrite applies only where each intermediate value has that one consumer and is no graph output;
 * constants shared by other nodes are copied, never edited in place. Anything else is left as it is.
 */
export function foldAffine(model: Uint8Array): { model: Uint8Array; stats: FoldStats } {
  const m = onnx.ModelProto.decode(model);
  const g = m.graph as O.GraphProto;
  const stats: FoldStats = { convAffine: 0, hardswish: 0, inputAffine: 0, inputScale: 0, affineConv: 0 };
  const consts = new Map<string, O.ITensorProto>();
  for (const t of g.initializer) consts.set(t.name!, t);
  for (const n of g.node as O.NodeProto[]) if (n.opType === 'Constant' && n.attribute[0]?.name === 'value' && n.attribute[0].t) consts.set(n.output[0]!, n.attribute[0].t);
  const floats = (name: string): Float32Array | null => {
    const t = consts.get(name);
    if (!t || t.dataType !== FLOAT) return null;
    if (t.rawData?.length) return new Float32Array(Uint8Array.from(t.rawData).buffer);
    return Float32Array.from(t.floatData ?? []);
  };
  const scalar = (name: string | undefined): number | null => {
    const v = name === undefined ? null : floats(name);
    return v && v.length === 1 ? v[0]! : null;
  };
  const outputs = new Set(g.output.map((o) => o.name!));
  let nodes = g.node.slice() as O.NodeProto[];
  let consumers = new Map<string, O.NodeProto[]>();
  const index = () => {
    consumers = new Map();
    for (const n of nodes) for (const i of n.input ?? []) consumers.set(i, [...(consumers.get(i) ?? []), n]);
  };
  index();
  /** The one node reading `name`, if exactly one does and it is no graph output. */
  const only = (name: string): O.NodeProto | null => {
    const c = consumers.get(name) ?? [];
    return c.length === 1 && !outputs.has(name) ? c[0]! : null;
  };
  /** For a binary node reading `x`: its other input's scalar value, when a scalar constant. */
  const scalarBeside = (n: O.NodeProto, x: string): number | null => {
    const ins = n.input ?? [];
    if (ins.length !== 2) return null;
    return ins[0] === x ? scalar(ins[1]!) : ins[1] === x ? scalar(ins[0]!) : null;
  };
  const remove = (gone: readonly O.NodeProto[], from: string, to: string) => {
    const drop = new Set(gone);
    nodes = nodes.filter((n) => !drop.has(n));
    for (const n of nodes) if (n.input?.includes(from)) n.input = n.input.map((i) => (i === from ? to : i));
    index();
  };
  let fresh = 0;
  const constant = (v: Float32Array, dims: number[]): string => {
    const name = `vigil_fold_${fresh++}`;
    const t: O.ITensorProto = { name, dims, dataType: FLOAT, rawData: new Uint8Array(v.buffer, v.byteOffset, v.byteLength) };
    consts.set(name, t);
    g.initializer.push(onnx.TensorProto.create(t));
    return name;
  };
  /** A Conv's weights and bias as copies (a Conv without bias gets zeros), or null when not constant floats. */
  const convParams = (c: O.NodeProto) => {
    const w = floats(c.input![1]!);
    if (!w) return null;
    const dims = (consts.get(c.input![1]!)!.dims ?? []).map(Number);
    const b = c.input![2] ? floats(c.input![2]) : new Float32Array(dims[0]!);
    if (!b || b.length !== dims[0]) return null;
    return { w: Float32Array.from(w), dims, b: Float32Array.from(b) };
  };
  const setConv = (c: O.NodeProto, p: NonNullable<ReturnType<typeof convParams>>) => {
    c.input = [c.input![0]!, constant(p.w, p.dims), constant(p.b, [p.dims[0]!])];
  };
  const attr = (n: O.NodeProto, name: string) => n.attribute?.find((a) => a.name === name);
  const producer = (name: string): O.NodeProto | undefined => nodes.find((n) => n.output.includes(name));

  // Conv → Mul a → Add b
  for (const c of [...nodes]) {
    if (c.opType !== 'Conv') continue;
    const y = c.output![0]!;
    let p: ReturnType<typeof convParams> = null;
    for (let n = only(y); n && (n.opType === 'Mul' || n.opType === 'Add'); n = only(y)) {
      const s = scalarBeside(n, y);
      if (s === null || outputs.has(n.output![0]!)) break;
      p ??= convParams(c);
      if (!p) break;
      if (n.opType === 'Mul') {
        for (let i = 0; i < p.w.length; i++) p.w[i]! *= s;
        for (let i = 0; i < p.b.length; i++) p.b[i]! *= s;
      } else for (let i = 0; i < p.b.length; i++) p.b[i]! += s;
      remove([n], n.output![0]!, y);
      stats.convAffine++;
    }
    if (p) setConv(c, p);
  }

  // y → Add 3 → Clip [0, 6] → Mul y → Div 6
  for (const add of [...nodes]) {
    if (add.opType !== 'Add' || !nodes.includes(add)) continue;
    const y = add.input!.find((i) => !consts.has(i));
    if (y === undefined || scalarBeside(add, y) !== 3) continue;
    const clip = only(add.output![0]!);
    if (!clip || clip.opType !== 'Clip') continue;
    const lo = clip.input![1] ? scalar(clip.input![1]) : attr(clip, 'min')?.f;
    const hi = clip.input![2] ? scalar(clip.input![2]) : attr(clip, 'max')?.f;
    if (lo !== 0 || hi !== 6) continue;
    const mul = only(clip.output![0]!);
    if (!mul || mul.opType !== 'Mul' || !mul.input!.includes(y)) continue;
    const div = only(mul.output![0]!);
    if (!div || div.opType !== 'Div' || div.input![0] !== mul.output![0] || scalar(div.input![1]) !== 6 || outputs.has(div.output![0]!)) continue;
    add.opType = 'HardSigmoid';
    add.input = [y];
    add.attribute = [{ name: 'alpha', type: onnx.AttributeProto.AttributeType.FLOAT, f: 1 / 6 }, { name: 'beta', type: onnx.AttributeProto.AttributeType.FLOAT, f: 0.5 }];
    mul.input = [y, add.output![0]!];
    remove([clip, div], div.output![0]!, mul.output![0]!);
    stats.hardswish++;
  }

  // Mul c → Add d → Conv
  for (const mul of [...nodes]) {
    if (mul.opType !== 'Mul' || !nodes.includes(mul)) continue;
    const x = mul.input!.find((i) => !consts.has(i));
    const c = x === undefined ? null : scalarBeside(mul, x);
    if (x === undefined || c === null || c === 0) continue;
    let next = only(mul.output![0]!);
    let d = 0;
    let add: O.NodeProto | null = null;
    if (next?.opType === 'Add') {
      const s = scalarBeside(next, mul.output![0]!);
      if (s !== null) {
        d = s;
        add = next;
        next = only(next.output![0]!);
      }
    }
    if (!next || next.opType !== 'Conv' || next.input![0] !== (add ?? mul).output![0]) continue;
    const p = convParams(next);
    if (!p) continue;
    const unpadded = (attr(next, 'pads')?.ints ?? []).every((v) => Number(v) === 0) && !(attr(next, 'auto_pad')?.s?.length && Buffer.from(attr(next, 'auto_pad')!.s!).toString() !== 'NOTSET');
    if (!unpadded && add) {
      for (let i = 0; i < p.w.length; i++) p.w[i]! *= c;
      setConv(next, p);
      add.input = [x, constant(Float32Array.of(d / c), [1])];
      remove([mul], mul.output![0]!, x);
      stats.inputScale++;
      continue;
    }
    const per = p.w.length / p.dims[0]!;
    for (let o = 0; o < p.dims[0]!; o++) {
      let sum = 0;
      for (let i = o * per; i < (o + 1) * per; i++) {
        sum += p.w[i]!;
        p.w[i]! *= c;
      }
      p.b[o]! += d * sum;
    }
    setConv(next, p);
    if (add) remove([add], add.output![0]!, mul.output![0]!);
    remove([mul], mul.output![0]!, x);
    stats.inputAffine++;
  }

  // what is left of the affine blocks (a scalar Mul and/or Add on a convolution's output, where the padding
  // of the next convolution or a second reader kept it from being folded): a 1 × 1 depthwise convolution,
  // weight c and bias d per channel, which onnxruntime runs in its blocked layout like the convolutions
  // around it (an elementwise node there costs a reorder out and one back)
  const channels = (name: string, depth = 0): number | null => {
    const n = producer(name);
    if (!n || depth > 4) return null;
    if (n.opType === 'Conv') return consts.has(n.input[1]!) ? Number(consts.get(n.input[1]!)!.dims![0]) : null;
    if (n.opType === 'HardSigmoid' || n.opType === 'Relu' || ((n.opType === 'Mul' || n.opType === 'Add') && n.input.every((i) => !consts.has(i)))) return channels(n.input[0]!, depth + 1);
    return null;
  };
  for (const first of [...nodes]) {
    if ((first.opType !== 'Mul' && first.opType !== 'Add') || !nodes.includes(first)) continue;
    const x = first.input.find((i) => !consts.has(i));
    const k = x === undefined ? null : scalarBeside(first, x);
    const C = x === undefined || k === null ? null : channels(x);
    if (x === undefined || k === null || C === null) continue;
    const scale = first.opType === 'Mul' ? k : 1;
    let shift = first.opType === 'Add' ? k : 0;
    let last = first;
    const then = first.opType === 'Mul' ? only(first.output[0]!) : null;
    const d = then?.opType === 'Add' ? scalarBeside(then, first.output[0]!) : null;
    if (then && d !== null) {
      shift = d;
      last = then;
    }
    const conv = onnx.NodeProto.create({
      opType: 'Conv', name: `vigil_affine_${fresh}`, output: [last.output[0]!],
      input: [x, constant(new Float32Array(C).fill(scale), [C, 1, 1, 1]), constant(new Float32Array(C).fill(shift), [C])],
      attribute: [{ name: 'group', type: onnx.AttributeProto.AttributeType.INT, i: C }, { name: 'kernel_shape', type: onnx.AttributeProto.AttributeType.INTS, ints: [1, 1] }],
    });
    nodes.splice(nodes.indexOf(first), 1, conv);
    if (last !== first) nodes = nodes.filter((n) => n !== last);
    index();
    stats.affineConv++;
  }

  // constants nothing reads any more
  const used = new Set(nodes.flatMap((n) => n.input ?? []));
  for (const o of outputs) used.add(o);
  g.node = nodes.filter((n) => n.opType !== 'Constant' || used.has(n.output[0]!));
  g.initializer = g.initializer.filter((t) => used.has(t.name!));
  return { model: onnx.ModelProto.encode(m).finish(), stats };
}

/** Output names of a recognition model rewritten by greedyHead. */
export const GREEDY_OUTPUTS = { best: 'vigil_ctc_best', bestP: 'vigil_ctc_best_p', spaceP: 'vigil_ctc_space_p' } as const;

/**
 * The recognition model with greedy CTC's per-step reading computed in the graph: from its `[n, steps,
 * classes]` probabilities, the best class (ArgMax, the first of equals, as int32), its probability
 * (ReduceMax) and the probability of class `space` (Gather), each `[n, steps]` — instead of the whole
 * tensor (6,625 classes: ≈ 1.2 MB per 350 px line) copied out and scanned in JavaScript. ctcDecodeBest
 * decodes them exactly as ctcDecode decodes the probabilities.
 */
export function greedyHead(model: Uint8Array, space: number): Uint8Array {
  const m = onnx.ModelProto.decode(model);
  const g = m.graph as O.GraphProto;
  if (g.output.length !== 1) throw new Error(`greedyHead: a recognition model has one output, this one ${g.output.length}`);
  const probs = g.output[0]!.name!;
  const A = onnx.AttributeProto.AttributeType;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const INT32 = onnx.TensorProto.DataType.INT32;
  const index = 'vigil_ctc_space_index';
  g.initializer.push(onnx.TensorProto.create({ name: index, dims: [], dataType: INT64, int64Data: [Math.max(0, space)] }));
  g.node.push(
    onnx.NodeProto.create({ opType: 'ArgMax', input: [probs], output: ['vigil_ctc_best64'], attribute: [{ name: 'axis', type: A.INT, i: 2 }, { name: 'keepdims', type: A.INT, i: 0 }] }),
    onnx.NodeProto.create({ opType: 'Cast', input: ['vigil_ctc_best64'], output: [GREEDY_OUTPUTS.best], attribute: [{ name: 'to', type: A.INT, i: INT32 }] }),
    onnx.NodeProto.create({ opType: 'ReduceMax', input: [probs], output: [GREEDY_OUTPUTS.bestP], attribute: [{ name: 'axes', type: A.INTS, ints: [2] }, { name: 'keepdims', type: A.INT, i: 0 }] }),
    onnx.NodeProto.create({ opType: 'Gather', input: [probs, index], output: [GREEDY_OUTPUTS.spaceP], attribute: [{ name: 'axis', type: A.INT, i: 2 }] }),
  );
  const out = (name: string, elemType: number) => onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'n' }, { dimParam: 'steps' }] } } } });
  g.output = [out(GREEDY_OUTPUTS.best, INT32), out(GREEDY_OUTPUTS.bestP, FLOAT), out(GREEDY_OUTPUTS.spaceP, FLOAT)];
  return onnx.ModelProto.encode(m).finish();
}
