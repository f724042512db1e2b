// Registers module-log-hook.mjs: which of papergraph's modules a command loads.
import { register } from 'node:module';

register('./module-log-hook.mjs', import.meta.url);
