export { buildProgram, run } from './run.js';
