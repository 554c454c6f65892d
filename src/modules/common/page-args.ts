import { ArgsType, Field, Int } from 'type-graphql';

/** The Relay paging arguments every list takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 100, at most 1000).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}
