import { registerEnumType } from 'type-graphql';

export enum SharingMode {
  ALL = 'ALL',
  ANY = 'ANY',
}
registerEnumType(SharingMode, {
  name: 'SharingMode',
  description: 'ALL: papers mentioning every entity; ANY: at least one, those mentioning more first.',
});

export enum PaperOrderBy {
  PUBLISHED = 'PUBLISHED',
  TITLE = 'TITLE',
}
registerEnumType(PaperOrderBy, { name: 'PaperOrderBy', description: 'Newest first (undated last), or by title.' });

export enum TrendBy {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
}
registerEnumType(TrendBy, { name: 'TrendBy', description: 'Count papers per year or per month.' });
