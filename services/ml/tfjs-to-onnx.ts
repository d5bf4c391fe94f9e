import onnxProto from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';
import { VigilError } from '../common/errors.js';
import { decodeWeights, type DecodedWeight, type TfjsArtifacts } from './tfjs-artifacts.js';

const { onnx } = onnxProto;
const A = onnx.AttributeProto.AttributeType;
const T = onnx.TensorProto.DataType;

/**
 * An offline converter from TF.js models to ONNX (opset 13), for the layers and ops image classifiers
 * such as MobileNetV2 and InceptionV3 use: Keras layer models (Conv2D, DepthwiseConv2D,
 * BatchNormalization, ReLU/Activation, ZeroPadding2D, pooling, Add, Concatenate, Flatten, Dense,
 * Dropout) and TF graph models (fused convolutions, depthwise convolutions, MatMul, pooling,
 * elementwise arithmetic, Squeeze, Softmax). The ONNX graph takes the same NHWC float input as the
 * TF.js model (`input`, [N, H, W, C]) and transposes it once to NCHW; its output is `output`.
 * Anything else is refused with the layer or op named: a model either converts exactly or not at all.
 */
export function tfjsToOnnx(a: TfjsArtifacts, meta: Record<string, string> = {}): Uint8Array {
  const g = new GraphBuilder(decodeWeights(a));
  if (a.format === 'layers') convertLayers(g, a.modelTopology);
  else convertGraph(g, a.modelTopology);
  return g.encode(meta);
}

type Attr = OnnxTypes.IAttributeProto;
const int = (name: string, i: number): Attr => ({ name, type: A.INT, i });
const ints = (name: string, v: readonly number[]): Attr => ({ name, type: A.INTS, ints: [...v] });
const float = (name: string, f: number): Attr => ({ name, type: A.FLOAT, f });
const str = (name: string, s: string): Attr => ({ name, type: A.STRING, s: new TextEncoder().encode(s) });

interface Value {
  readonly name: string;
  /** 'nchw' for image tensors (the graph works channels-first), 'flat' for [N, F], 'const' for weights. */
  readonly layout: 'nchw' | 'flat' | 'const';
}

class GraphBuilder {
  readonly nodes: OnnxTypes.INodeProto[] = [];
  readonly initializers: OnnxTypes.ITensorProto[] = [];
  private inputDims: (number | string)[] = [];
  private outputName = '';
  private outputDims: (number | string)[] = [];
  private n = 0;

  constructor(readonly weights: Map<string, DecodedWeight>) {}

  weight(name: string): DecodedWeight {
    const w = this.weights.get(name);
    if (!w) throw new VigilError('VGL_CONFIG', `weight ${name} is missing from the manifest`);
    return w;
  }

  tensor(dims: readonly number[], data: Float32Array | Int32Array | number[], type: 'float' | 'int64' = 'float'): string {
    const name = `w${this.n++}`;
    if (type === 'int64') this.initializers.push({ name, dims: [...dims], dataType: T.INT64, int64Data: Array.from(data) });
    else {
      const f = data instanceof Float32Array ? data : Float32Array.from(data);
      this.initializers.push({ name, dims: [...dims], dataType: T.FLOAT, rawData: new Uint8Array(f.buffer, f.byteOffset, f.byteLength) });
    }
    return name;
  }

  op(opType: string, input: string[], attribute: Attr[] = []): string {
    const out = `t${this.n++}`;
    this.nodes.push({ opType, input, output: [out], attribute, name: `${opType}_${this.n}` });
    return out;
  }

  input(dims: (number | string)[]): string {
    this.inputDims = dims;
    return 'input';
  }

  output(name: string, dims: (number | string)[]): void {
    this.outputName = this.op('Identity', [name]);
    this.outputDims = dims;
  }

  encode(meta: Record<string, string>): Uint8Array {
    if (!this.outputName) throw new VigilError('VGL_CONFIG', 'model has no output');
    const value = (name: string, dims: (number | string)[]): OnnxTypes.IValueInfoProto => ({
      name,
      type: { tensorType: { elemType: T.FLOAT, shape: { dim: dims.map((x) => (typeof x === 'number' ? { dimValue: x } : { dimParam: x })) } } },
    });
    const nodes = this.nodes.map((n) => (n.output![0] === this.outputName ? { ...n, output: ['output'] } : n));
    return onnx.ModelProto.encode({
      irVersion: 8,
      producerName: 'vigil tfjs-to-onnx',
      opsetImport: [{ domain: '', version: 13 }],
      graph: { name: 'model', initializer: this.initializers, input: [value('input', this.inputDims)], output: [value('output', this.outputDims)], node: nodes },
      metadataProps: Object.entries(meta).map(([key, v]) => ({ key, value: v })),
    }).finish();
  }
}

/** TF [kh, kw, cin, cout] → ONNX [cout, cin, kh, kw]. */
function convKernel(w: DecodedWeight): { dims: number[]; data: Float32Array } {
  const [kh, kw, cin, cout] = w.shape as [number, number, number, number];
  const src = w.data;
  const out = new Float32Array(src.length);
  for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let i = 0; i < cin; i++) for (let o = 0; o < cout; o++) {
    out[((o * cin + i) * kh + y) * kw + x] = src[((y * kw + x) * cin + i) * cout + o]!;
  }
  return { dims: [cout, cin, kh, kw], data: out };
}

/** TF depthwise [kh, kw, cin, mult] → ONNX grouped [cin * mult, 1, kh, kw] (output channel c * mult + m). */
function depthwiseKernel(w: DecodedWeight): { dims: number[]; data: Float32Array; channels: number } {
  const [kh, kw, cin, mult] = w.shape as [number, number, number, number];
  const src = w.data;
  const out = new Float32Array(src.length);
  for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let c = 0; c < cin; c++) for (let m = 0; m < mult; m++) {
    out[((c * mult + m) * kh + y) * kw + x] = src[((y * kw + x) * cin + c) * mult + m]!;
  }
  return { dims: [cin * mult, 1, kh, kw], data: out, channels: cin };
}

function padAttrs(padding: string, explicit?: readonly number[]): Attr[] {
  const p = padding.toUpperCase();
  if (p === 'VALID') return [ints('pads', [0, 0, 0, 0])];
  if (p === 'SAME') return [str('auto_pad', 'SAME_UPPER')];
  if (p === 'EXPLICIT' && explicit && explicit.length === 8) {
    // NHWC pairs: [n0, n1, top, bottom, left, right, c0, c1] → ONNX [top, left, bottom, right]
    return [ints('pads', [explicit[2]!, explicit[4]!, explicit[3]!, explicit[5]!])];
  }
  throw new VigilError('VGL_CONFIG', `padding ${padding} is not supported`);
}

/** A Conv node from a TF kernel (regular or depthwise), with an optional bias and activation. */
function conv(g: GraphBuilder, x: string, kernel: DecodedWeight, depthwise: boolean, bias: Float32Array | null, o: { strides: number[]; dilations: number[]; pad: Attr[]; act?: string }): string {
  const k: { dims: number[]; data: Float32Array; channels?: number } = depthwise ? depthwiseKernel(kernel) : convKernel(kernel);
  const inputs = [x, g.tensor(k.dims, k.data)];
  if (bias) inputs.push(g.tensor([k.dims[0]!], bias));
  const attrs = [ints('kernel_shape', k.dims.slice(2)), ints('strides', o.strides), ints('dilations', o.dilations), ...o.pad];
  if (k.channels !== undefined) attrs.push(int('group', k.channels));
  return activation(g, g.op('Conv', inputs, attrs), o.act);
}

function activation(g: GraphBuilder, x: string, act: string | undefined): string {
  switch (act ?? 'linear') {
    case 'linear':
      return x;
    case 'relu':
      return g.op('Relu', [x]);
    case 'relu6':
      return g.op('Clip', [x, g.tensor([], [0]), g.tensor([], [6])]);
    case 'sigmoid':
      return g.op('Sigmoid', [x]);
    case 'tanh':
      return g.op('Tanh', [x]);
    case 'softmax':
      return g.op('Softmax', [x], [int('axis', -1)]);
    default:
      throw new VigilError('VGL_CONFIG', `activation ${act} is not supported`);
  }
}

// ---------------------------------------------------------------- Keras layers models

interface KerasLayer {
  class_name: string;
  name?: string;
  config: Record<string, unknown> & { name: string };
  inbound_nodes: unknown[];
}

function convertLayers(g: GraphBuilder, topology: Record<string, unknown>): void {
  const mc = topology.model_config as { class_name: string; config: { layers: KerasLayer[]; output_layers?: unknown[] } };
  if (!mc || (mc.class_name !== 'Model' && mc.class_name !== 'Functional')) throw new VigilError('VGL_CONFIG', `model class ${mc?.class_name} is not supported`);
  const values = new Map<string, Value>();
  let last = '';
  for (const layer of mc.config.layers) {
    const c = layer.config;
    const name = c.name;
    const inbound = ((layer.inbound_nodes[0] ?? []) as [string, number, number][]).map(([n]) => {
      const v = values.get(n);
      if (!v) throw new VigilError('VGL_CONFIG', `layer ${name}: input ${n} not defined before it`);
      return v;
    });
    const x = inbound[0]!;
    const w = (k: string) => g.weight(`${name}/${k}`);
    let out: Value;
    switch (layer.class_name) {
      case 'InputLayer': {
        const shape = c.batch_input_shape as (number | null)[];
        if (shape.length !== 4) throw new VigilError('VGL_CONFIG', `input of rank ${shape.length} is not supported`);
        const input = g.input(['N', shape[1]!, shape[2]!, shape[3]!]);
        out = { name: g.op('Transpose', [input], [ints('perm', [0, 3, 1, 2])]), layout: 'nchw' };
        break;
      }
      case 'ZeroPadding2D': {
        const [[t, b], [l, r]] = c.padding as [[number, number], [number, number]];
        out = { name: g.op('Pad', [x.name, g.tensor([8], [0, 0, t, l, 0, 0, b, r], 'int64')]), layout: 'nchw' };
        break;
      }
      case 'Conv2D':
      case 'DepthwiseConv2D': {
        const depthwise = layer.class_name === 'DepthwiseConv2D';
        const opts = { strides: c.strides as number[], dilations: c.dilation_rate as number[], pad: padAttrs(c.padding as string), act: c.activation as string };
        out = { name: conv(g, x.name, w(depthwise ? 'depthwise_kernel' : 'kernel'), depthwise, c.use_bias ? (w('bias').data as Float32Array) : null, opts), layout: 'nchw' };
        break;
      }
      case 'BatchNormalization': {
        const axis = c.axis as number | number[];
        if (![-1, 3].includes(Array.isArray(axis) ? axis[0]! : axis)) throw new VigilError('VGL_CONFIG', `layer ${name}: batch norm over axis ${String(axis)}`);
        const mean = w('moving_mean');
        const ch = mean.shape[0]!;
        const gamma = c.scale === false ? new Float32Array(ch).fill(1) : (w('gamma').data as Float32Array);
        const beta = c.center === false ? new Float32Array(ch) : (w('beta').data as Float32Array);
        out = {
          name: g.op('BatchNormalization', [x.name, g.tensor([ch], gamma), g.tensor([ch], beta), g.tensor([ch], mean.data as Float32Array), g.tensor([ch], w('moving_variance').data as Float32Array)], [float('epsilon', c.epsilon as number)]),
          layout: 'nchw',
        };
        break;
      }
      case 'ReLU': {
        if ((c.negative_slope as number) !== 0 || (c.threshold as number) !== 0) throw new VigilError('VGL_CONFIG', `layer ${name}: leaky or thresholded ReLU`);
        const max = c.max_value as number | null;
        out = { name: max == null ? g.op('Relu', [x.name]) : g.op('Clip', [x.name, g.tensor([], [0]), g.tensor([], [max])]), layout: x.layout };
        break;
      }
      case 'Activation':
        out = { name: activation(g, x.name, c.activation as string), layout: x.layout };
        break;
      case 'MaxPooling2D':
      case 'AveragePooling2D': {
        const attrs = [ints('kernel_shape', c.pool_size as number[]), ints('strides', c.strides as number[]), ...padAttrs(c.padding as string)];
        out = { name: g.op(layer.class_name === 'MaxPooling2D' ? 'MaxPool' : 'AveragePool', [x.name], attrs), layout: 'nchw' };
        break;
      }
      case 'GlobalAveragePooling2D':
        out = { name: g.op('Flatten', [g.op('GlobalAveragePool', [x.name])], [int('axis', 1)]), layout: 'flat' };
        break;
      case 'Add':
        out = { name: inbound.slice(1).reduce((acc, v) => g.op('Add', [acc, v.name]), x.name), layout: x.layout };
        break;
      case 'Concatenate': {
        const axis = c.axis as number;
        if (x.layout === 'nchw' && axis !== -1 && axis !== 3) throw new VigilError('VGL_CONFIG', `layer ${name}: concatenation over axis ${axis}`);
        out = { name: g.op('Concat', inbound.map((v) => v.name), [int('axis', x.layout === 'nchw' ? 1 : -1)]), layout: x.layout };
        break;
      }
      case 'Flatten':
        // Keras flattens channels-last: back to NHWC first, so Dense weights line up
        out = { name: x.layout === 'nchw' ? g.op('Flatten', [g.op('Transpose', [x.name], [ints('perm', [0, 2, 3, 1])])], [int('axis', 1)]) : x.name, layout: 'flat' };
        break;
      case 'Dense': {
        if (x.layout !== 'flat') throw new VigilError('VGL_CONFIG', `layer ${name}: Dense on a non-flat input`);
        const kernel = w('kernel');
        let y = g.op('MatMul', [x.name, g.tensor(kernel.shape, kernel.data as Float32Array)]);
        if (c.use_bias !== false) y = g.op('Add', [y, g.tensor([kernel.shape[1]!], w('bias').data as Float32Array)]);
        out = { name: activation(g, y, c.activation as string), layout: 'flat' };
        break;
      }
      case 'Dropout':
        out = x;
        break;
      default:
        throw new VigilError('VGL_CONFIG', `layer ${name}: ${layer.class_name} is not supported by the converter`);
    }
    values.set(name, out);
    last = name;
  }
  const result = values.get(last)!;
  if (result.layout !== 'flat') throw new VigilError('VGL_CONFIG', 'only models ending in a flat output are supported');
  g.output(result.name, ['N', 'K']);
}

// ---------------------------------------------------------------- TF graph models

interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { s?: string; i?: string; f?: number; b?: boolean; list?: { i?: string[]; s?: string[] }; tensor?: unknown; shape?: { dim?: { size: string }[] } }>;
}

const b64 = (s: string | undefined): string => (s ? Buffer.from(s, 'base64').toString('utf8') : '');

function convertGraph(g: GraphBuilder, topology: Record<string, unknown>): void {
  const nodes = topology.node as TfNode[];
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const values = new Map<string, Value>();
  const consumed = new Set(nodes.flatMap((n) => (n.input ?? []).map((i) => i.replace(/^\^/, '').replace(/:\d+$/, ''))));
  const get = (ref: string): Value => {
    const name = ref.replace(/:\d+$/, '');
    const v = values.get(name);
    if (v) return v;
    const node = byName.get(name);
    if (node?.op === 'Const') {
      const w = g.weight(name);
      const cv: Value = { name: g.tensor(w.shape, w.data as Float32Array), layout: 'const' };
      values.set(name, cv);
      return cv;
    }
    throw new VigilError('VGL_CONFIG', `graph input ${ref} not defined before use`);
  };
  /** A weight combined elementwise with an NCHW tensor: per-channel vectors become [C, 1, 1]. */
  const operand = (v: Value, other: Value, ref: string): string => {
    if (v.layout !== 'const' || other.layout !== 'nchw') return v.name;
    const w = g.weight(ref.replace(/:\d+$/, ''));
    if (w.shape.length === 0 || w.data.length === 1) return v.name;
    if (w.shape.length === 1) return g.tensor([w.shape[0]!, 1, 1], w.data as Float32Array);
    throw new VigilError('VGL_CONFIG', `elementwise weight of shape [${w.shape.join(',')}] on an image tensor`);
  };
  const listI = (n: TfNode, k: string) => (n.attr?.[k]?.list?.i ?? []).map(Number);
  let last: TfNode | undefined;
  for (const n of nodes) {
    const ins = (n.input ?? []).filter((i) => !i.startsWith('^'));
    let out: Value | undefined;
    switch (n.op) {
      case 'Const':
        continue;
      case 'Placeholder': {
        const dims = (n.attr?.shape?.shape?.dim ?? []).map((d) => Number(d.size));
        if (dims.length !== 4) throw new VigilError('VGL_CONFIG', `placeholder ${n.name} of rank ${dims.length}`);
        const input = g.input(['N', dims[1]!, dims[2]!, dims[3]!]);
        out = { name: g.op('Transpose', [input], [ints('perm', [0, 3, 1, 2])]), layout: 'nchw' };
        break;
      }
      case 'Identity':
        out = get(ins[0]!);
        break;
      case 'Mul':
      case 'Sub':
      case 'Add':
      case 'AddV2':
      case 'RealDiv': {
        const [a, b] = [get(ins[0]!), get(ins[1]!)];
        const opType = { Mul: 'Mul', Sub: 'Sub', Add: 'Add', AddV2: 'Add', RealDiv: 'Div' }[n.op]!;
        out = { name: g.op(opType, [operand(a, b, ins[0]!), operand(b, a, ins[1]!)]), layout: a.layout === 'const' ? b.layout : a.layout };
        break;
      }
      case 'Relu':
        out = { name: g.op('Relu', [get(ins[0]!).name]), layout: get(ins[0]!).layout };
        break;
      case 'Relu6':
        out = { name: activation(g, get(ins[0]!).name, 'relu6'), layout: get(ins[0]!).layout };
        break;
      case 'Conv2D':
      case '_FusedConv2D':
      case 'DepthwiseConv2dNative':
      case 'FusedDepthwiseConv2dNative': {
        if (b64(n.attr?.data_format?.s) && b64(n.attr?.data_format?.s) !== 'NHWC') throw new VigilError('VGL_CONFIG', `${n.name}: data format ${b64(n.attr?.data_format?.s)}`);
        const x = get(ins[0]!);
        const strides = listI(n, 'strides');
        const dil = listI(n, 'dilations');
        let bias: Float32Array | null = null;
        let act: string | undefined;
        for (const f of (n.attr?.fused_ops?.list?.s ?? []).map(b64)) {
          if (f === 'BiasAdd') bias = g.weight(ins[2]!.replace(/:\d+$/, '')).data as Float32Array;
          else if (f === 'Relu') act = 'relu';
          else if (f === 'Relu6') act = 'relu6';
          else throw new VigilError('VGL_CONFIG', `${n.name}: fused op ${f} is not supported`);
        }
        const opts = { strides: [strides[1] ?? 1, strides[2] ?? 1], dilations: [dil[1] ?? 1, dil[2] ?? 1], pad: padAttrs(b64(n.attr?.padding?.s), listI(n, 'explicit_paddings')), ...(act ? { act } : {}) };
        out = { name: conv(g, x.name, g.weight(ins[1]!.replace(/:\d+$/, '')), n.op.includes('Depthwise'), bias, opts), layout: 'nchw' };
        break;
      }
      case 'AvgPool':
      case 'MaxPool': {
        const ks = listI(n, 'ksize');
        const st = listI(n, 'strides');
        const attrs = [ints('kernel_shape', [ks[1]!, ks[2]!]), ints('strides', [st[1]!, st[2]!]), ...padAttrs(b64(n.attr?.padding?.s))];
        out = { name: g.op(n.op === 'AvgPool' ? 'AveragePool' : 'MaxPool', [get(ins[0]!).name], attrs), layout: 'nchw' };
        break;
      }
      case 'Squeeze': {
        const x = get(ins[0]!);
        const dims = listI(n, 'squeeze_dims');
        if (x.layout !== 'nchw' || dims.join(',') !== '1,2') throw new VigilError('VGL_CONFIG', `${n.name}: squeeze of dims [${dims.join(',')}]`);
        out = { name: g.op('Flatten', [x.name], [int('axis', 1)]), layout: 'flat' };
        break;
      }
      case 'MatMul':
      case '_FusedMatMul': {
        const x = get(ins[0]!);
        if (x.layout !== 'flat' || n.attr?.transpose_a?.b || n.attr?.transpose_b?.b) throw new VigilError('VGL_CONFIG', `${n.name}: MatMul form not supported`);
        const wt = g.weight(ins[1]!.replace(/:\d+$/, ''));
        let y = g.op('MatMul', [x.name, g.tensor(wt.shape, wt.data as Float32Array)]);
        for (const f of (n.attr?.fused_ops?.list?.s ?? []).map(b64)) {
          if (f === 'BiasAdd') y = g.op('Add', [y, g.tensor([wt.shape[1]!], g.weight(ins[2]!.replace(/:\d+$/, '')).data as Float32Array)]);
          else if (f === 'Relu') y = g.op('Relu', [y]);
          else throw new VigilError('VGL_CONFIG', `${n.name}: fused op ${f} is not supported`);
        }
        out = { name: y, layout: 'flat' };
        break;
      }
      case 'Softmax':
        out = { name: g.op('Softmax', [get(ins[0]!).name], [int('axis', -1)]), layout: 'flat' };
        break;
      default:
        throw new VigilError('VGL_CONFIG', `${n.name}: op ${n.op} is not supported by the converter`);
    }
    values.set(n.name, out);
    if (!consumed.has(n.name)) last = n;
  }
  if (!last) throw new VigilError('VGL_CONFIG', 'graph has no output node');
  const result = values.get(last.name)!;
  if (result.layout !== 'flat') throw new VigilError('VGL_CONFIG', 'only graphs ending in a flat output are supported');
  g.output(result.name, ['N', 'K']);
}
