export { OcrEngine, OCR_MODEL_ID, shippedOcrModels, type OcrLine, type OcrOptions, type OcrStageMs } from './ocr.js';
export { ImageTextStage, imageTextMetrics, READ_PX, type ImageTextInput, type ImageTextMetrics, type ImageTextParts, type ImageTextResult, type LinkCheck } from './image-text.js';
export { dbBoxes, detInputSize, readingOrder, type TextBox } from './detect.js';
export { ctcDecode, loadDictionary } from './ctc.js';
export type { Raster } from './raster.js';
