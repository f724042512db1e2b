import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.type.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A paper: title, abstract and the entities extracted from them.' })
export class Paper {
  @Field(() => ID, { description: 'Stable id: `arxiv:<id>` when known, else a slug and a hash of the title.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { name: 'abstract', description: 'Abstract.' })
  abstract!: string;

  @Field(() => String, { nullable: true, description: 'Link to the paper.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Publication date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY.' })
  published?: string;

  @Field(() => Int, { nullable: true, description: 'Year of publication, when known.' })
  year?: number;

  @Field(() => [String], { description: 'Authors in the order the input lists them (empty when it names none).' })
  authors!: string[];

  @Field(() => String, { nullable: true, description: 'Where it appeared: a conference, a journal or an arXiv journal reference.' })
  venue?: string;

  @Field(() => String, { nullable: true, description: 'arXiv identifier without version, e.g. `2407.21787`.' })
  arxivId?: string;

  @Field(() => [String], { description: 'Subject categories as the input gives them (arXiv: `cs.LG`, `stat.ML` …).' })
  categories!: string[];

  @Field(() => String, { nullable: true, description: 'The abstract page (arXiv papers).' })
  abstractUrl?: string;

  @Field(() => String, { nullable: true, description: 'The PDF (arXiv papers).' })
  pdfUrl?: string;

  @Field(() => String, {
    nullable: true,
    description: "The input record's own id when the paper's id is another (its arXiv id); `paper(id:)` finds the paper by it too.",
  })
  recordId?: string;
}
