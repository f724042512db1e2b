import { describe, expect, it } from 'vitest';
import { repositoryName } from './repository-name.js';

describe('repository names', () => {
  it('names a repository on a code host owner/repo, whatever follows', () => {
    expect(repositoryName('https://github.com/OpenSparseLLMs/Linear-MoE')).toBe('OpenSparseLLMs/Linear-MoE');
    expect(repositoryName('https://github.com/61s61min/IRDFusion.git')).toBe('61s61min/IRDFusion');
    expect(repositoryName('https://github.com/EIT-NLP/StreamingLLM/tree/main/AdaSR')).toBe('EIT-NLP/StreamingLLM');
    expect(repositoryName('http://www.gitlab.com/group/project/')).toBe('group/project');
    expect(repositoryName('http://huggingface.co/datasets/omoured/CHAOS')).toBe('omoured/CHAOS');
    expect(repositoryName('https://huggingface.co/meta-llama/Llama-3.1-8B')).toBe('meta-llama/Llama-3.1-8B');
    expect(repositoryName('github.com/example/second')).toBe('example/second');
  });

  it('names any other link by its address without scheme, "www." or trailing slash', () => {
    expect(repositoryName('https://aaxwaz.github.io/TalkingMachines/')).toBe('aaxwaz.github.io/TalkingMachines');
    expect(repositoryName('http://www.slfg.pkuzwh.cn')).toBe('slfg.pkuzwh.cn');
    expect(repositoryName('https://github.com/ControlNet')).toBe('github.com/ControlNet');
    expect(repositoryName('https://huggingface.co/datasets')).toBe('huggingface.co/datasets');
  });
});
