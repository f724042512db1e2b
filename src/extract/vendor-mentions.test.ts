import { describe, expect, it } from 'vitest';
import { typedEntityKey, type EntityType, type ExtractedEntity } from '../model/index.js';
import { entityAt } from '../../test/support/extracted.js';
import { withVendorMentions } from './vendor-mentions.js';

const entity = (text: string, mention: string, name: string = mention, type: EntityType = 'model') =>
  entityAt(text, mention, { name, type });
const view = (found: ExtractedEntity[], text: string): string[][] =>
  found.map((e) => [e.name, e.evidence.mention, text.slice(e.evidence.start, e.evidence.end)]);

describe('a model written after the organisation that released it', () => {
  it('takes the organisation into its mention and keeps its name', () => {
    const text = "We query OpenAI o1-mini and Google's Frobnik 2 Pro.";
    expect(view(withVendorMentions([entity(text, 'o1-mini'), entity(text, 'Frobnik 2 Pro')], text), text)).toEqual([
      ['o1-mini', 'OpenAI o1-mini', 'OpenAI o1-mini'],
      ['Frobnik 2 Pro', "Google's Frobnik 2 Pro", "Google's Frobnik 2 Pro"],
    ]);
  });

  it('leaves the organisation out of a name that starts with it, keeping the written form as an alias', () => {
    const text = 'Images from Google Frobnik 3 Pro Image are scored.';
    const [found] = withVendorMentions([entity(text, 'Google Frobnik 3 Pro Image')], text);
    expect([found!.name, found!.key, found!.evidence.mention, found!.aliases]).toEqual([
      'Frobnik 3 Pro Image',
      typedEntityKey('model', 'Frobnik 3 Pro Image'),
      'Google Frobnik 3 Pro Image',
      ['Google Frobnik 3 Pro Image'],
    ]);
  });

  it('keeps a name another entity already has or that names no model alone, and leaves other types and other words alone', () => {
    const text = 'Microsoft Zorb beats Zorb; the Apple dataset; Pro Zorb-2; Google Translate; Google DeepMind.';
    const found = [
      entity(text, 'Microsoft Zorb'),
      entity(text, 'Google Translate'),
      entity(text, 'Google DeepMind'),
      entity(text, 'Zorb; the', 'Zorb'),
      entity(text, 'Apple dataset', 'Apple dataset', 'benchmark'),
      entity(text, 'Zorb-2'),
    ];
    expect(withVendorMentions(found, text)).toEqual(found);
  });
});
