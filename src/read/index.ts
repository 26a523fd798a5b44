export { decodeBytes } from './decode.js';
export { InputError } from './errors.js';
export { readInput, type Input } from './input.js';
