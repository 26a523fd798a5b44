export { decodeBytes, isBlank } from './decode.js';
export { InputError } from './errors.js';
export { DEFAULT_MAX_BYTES, parseByteSize, readInput, type Input } from './input.js';
export { ARTICLE_EXTENSIONS, expandInputs, NDJSON_EXTENSIONS, type InputItem } from './expand.js';
export { extractHtml, looksLikeHtml } from './html.js';
export { readNdjson, parseRecord, type NdjsonRecord } from './ndjson.js';
export { INPUT_FORMATS, readDocuments, type InputFormat, type ReadEvent, type ReadOptions, type ReadProgress } from './documents.js';
