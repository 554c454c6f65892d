import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';

/** `Date` is a calendar day (YYYY-MM-DD); the database keeps dates as plain strings too. */
export const DateScalar = DateResolver;
export const DateTimeScalar = DateTimeResolver;
export const UploadScalar = GraphQLUpload;
