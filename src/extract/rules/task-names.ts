import { singular } from '../../model/index.js';

// "text-to-image", "image-to-video": a generation task written by its input and output alone.
const GENERATION_WITHOUT_HEAD =
  /^[\p{L}\d]+(?:[- ][\p{L}\d]+)*-to-(?:image|video|3d|4d|motion|audio|music|shape|scene|mesh|avatar|face|sketch)s?$/u;

// The nominal heads task names end in, written first with "of" ("detection of X").
const NOMINAL_HEAD =
  'classification|detection|segmentation|recognition|translation|summari[sz]ation|prediction|forecasting|generation|retrieval|' +
  'locali[sz]ation|estimation|tracking|identification|inference|reconstruction|denoising|synthesis|analysis|modell?ing|' +
  'understanding|completion|extraction|verification|discovery|alignment|editing|captioning|restoration|compression';
// The head, "of", then a plain noun phrase of one to four words: a preposition, conjunction or clause
// word inside ("of objects in videos", "of X and Y", "of X based on Y") leaves the name as written.
const HEAD_OF_OBJECT = new RegExp(
  String.raw`^(${NOMINAL_HEAD})\s+of\s+(?:the\s+|an?\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3})$`,
  'iu',
);
const NOT_IN_OBJECT =
  /^(?:of|in|on|for|with|from|by|using|via|based|and|or|to|under|at|into|over|through|across|between|without|within|as|is|are|that|which)$/i;

/**
 * The canonical name of a task: a generation task named by its modalities alone takes its head
 * noun, so "text-to-image" and "text-to-image generation" are one task; a nominal head written
 * before its object ("detection of AI-generated images") goes after it, the object's last word
 * singular ("AI-generated image detection"). The mention keeps the text either way. In the
 * training gold, task mentions of the second form were named reordered 210 times in 211.
 */
export function canonicalTaskName(name: string): string {
  if (GENERATION_WITHOUT_HEAD.test(name)) return `${name.replace(/s$/, '')} generation`;
  const m = HEAD_OF_OBJECT.exec(name);
  if (!m) return name;
  const words = m[2]!.split(/\s+/);
  if (words.some((w) => NOT_IN_OBJECT.test(w))) return name;
  words[words.length - 1] = singular(words.at(-1)!);
  return `${words.join(' ')} ${m[1]!.toLowerCase()}`;
}
