import { describe, expect, it } from 'vitest';
import { problemHtml } from './start-page.js';

describe('an error of the address, in words', () => {
  it.each([
    [
      'no benchmark named "GSM8". Did you mean "GSM8K"?',
      'benchmark',
      '<p>✗ no benchmark named &#34;GSM8&#34;.</p><p>Did you mean <a href="/explore?type=benchmark&#38;name=GSM8K" data-entity-type="benchmark" data-entity-name="GSM8K">GSM8K</a>?</p>',
    ],
    [
      'no model named "CLIPP". Did you mean "CLIP" (an alias of "Contrastive Language-Image Pre-Training")?',
      'model',
      '<p>✗ no model named &#34;CLIPP&#34;.</p><p>Did you mean <a href="/explore?type=model&#38;name=Contrastive+Language-Image+Pre-Training" data-entity-type="model" data-entity-name="Contrastive Language-Image Pre-Training">Contrastive Language-Image Pre-Training</a> <small>(as CLIP)</small>?</p>',
    ],
    ['no kind "widget" in the address', 'widget', '<p>✗ no kind &#34;widget&#34; in the address</p>'],
  ])('%s', (message, type, html) => {
    expect(problemHtml(message, type)).toBe(html);
  });
});
