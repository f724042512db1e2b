import type { EntityType } from '../../model/index.js';
import { isBareQuantity, isBareVersion, isGenericAcronym, isHardware, isVenueOrHost } from './names.js';

/**
 * Surfaces that never name an entity of the type, whoever proposes them (the tagger learns from
 * context and sometimes types a host, a size or a field's acronym as a dataset): venues, hosts and
 * organisations ("GitHub", "OpenAI"), bare sizes ("14B") and versions ("V2"), accelerators ("H100"), and, as a dataset or model, the generic
 * acronyms of the field ("LLM", "NLP", "MRI").
 */
export function cannotName(type: EntityType, surface: string): boolean {
  if (isVenueOrHost(surface) || isBareQuantity(surface) || isBareVersion(surface) || isHardware(surface)) return true;
  return (type === 'benchmark' || type === 'model') && isGenericAcronym(surface);
}

/** A LaTeX command's name ("\PM" of "Multi-task Learning (\PM)"): the macro's expansion is not in the text. */
export function isLatexCommandName(text: string, start: number): boolean {
  return text[start - 1] === '\\';
}
