import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import processRequest, { type ProcessRequestFunction } from 'graphql-upload/processRequest.mjs';
import { say } from '../modules/common/messages/clerk-texts';
import type { Config } from '../config';
import { HttpProblem } from './http-errors';
import { requestLang } from './request-lang';

/**
 * The GraphQL multipart request (the importLedger mutation's file), with the same limits as
 * POST /imports: one file of at most MAX_UPLOAD_MB. A second file is a 400 TOO_MANY_FILES in the
 * error envelope, as on POST /imports (graphql-upload itself would answer 413); the file's name
 * is checked by the mutation, its size while it streams.
 */
export function graphqlUploads(config: Config) {
  const oneFile: ProcessRequestFunction = (req, res, options) =>
    processRequest(req, res, options).catch((error: { status?: number; message?: string }) => {
      if (error.status === 413 && /max file uploads/.test(error.message ?? '')) {
        throw new HttpProblem(400, 'TOO_MANY_FILES', say(requestLang(req), 'tooManyFiles'));
      }
      throw error;
    });
  return graphqlUploadExpress({
    processRequest: oneFile,
    maxFileSize: config.maxUploadBytes,
    maxFiles: 1,
    maxFieldSize: config.maxJsonBytes,
  });
}
