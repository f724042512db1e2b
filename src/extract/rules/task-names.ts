// "text-to-image", "image-to-video": a generation task written by its input and output alone.
const GENERATION_WITHOUT_HEAD =
  /^[\p{L}\d]+(?:[- ][\p{L}\d]+)*-to-(?:image|video|3d|4d|motion|audio|music|shape|scene|mesh|avatar|face|sketch)s?$/u;

/**
 * The canonical name of a task: a generation task named by its modalities alone takes its head
 * noun, so "text-to-image" and "text-to-image generation" are one task (the mention keeps the text).
 */
export function canonicalTaskName(name: string): string {
  return GENERATION_WITHOUT_HEAD.test(name) ? `${name.replace(/s$/, '')} generation` : name;
}
