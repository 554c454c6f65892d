import type { Express } from 'express';
import type { AppServices } from '../context';

/** A feature's REST routes (uploads, templates, exports), mounted by the HTTP app. */
export type HttpRoute = (app: Express, services: AppServices) => void;
