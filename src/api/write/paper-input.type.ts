import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A paper to ingest: the fields of a JSON Lines record, checked the same way.' })
export class PaperInput {
  @Field(() => String, { description: 'The title (not empty).' })
  title!: string;

  @Field(() => String, { description: 'The abstract (not empty); what the extractor reads, with the title.' })
  abstract!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A stable id; default `arxiv:<id>` when the id or url names an arXiv paper, else a slug and hash of the title.',
  })
  id?: string;

  @Field(() => String, { nullable: true, description: 'Where the paper is.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  published?: string;

  @Field(() => Int, { nullable: true, description: 'Publication year, used when `published` is not given.' })
  year?: number;

  @Field(() => [String], { nullable: true, description: 'The authors, in order.' })
  authors?: string[];

  @Field(() => String, { nullable: true, description: 'Where it appeared: a conference, journal or arXiv journal reference.' })
  venue?: string;

  @Field(() => [String], { nullable: true, description: 'Subject categories (arXiv: cs.LG, stat.ML …).' })
  categories?: string[];
}
