/**
 * How many bytes the illustrations cost, for `npm run bench` and the budget test: each figure's
 * markup as the app renders it (the moving figure plus both stills), and gzip of it. Not imported
 * by the app.
 */
import { gzipSync, strToU8 } from 'fflate';
import { FIGURES, drawAnimatedFigure, drawStillFigure, svgMarkup } from './figures';

export const FIGURE_BUDGET_GZIP_BYTES = 2 * 1024;
export const LIBRARY_BUDGET_GZIP_BYTES = 40 * 1024;

export interface FigureBytes { id: string; bytes: number; gzip: number }

const gzipLength = (text: string) => gzipSync(strToU8(text), { level: 9 }).length;

/** The markup a figure adds to the page (animated and both stills), for the byte budgets. */
export function figureMarkup(id: string): string {
  const spec = FIGURES[id];
  if (!spec) throw new Error(`No figure ${id}`);
  return [drawAnimatedFigure(spec), drawStillFigure(spec, 'start'), drawStillFigure(spec, 'end')].map((node) => svgMarkup(node)).join('');
}

/** Gzipped bytes of each figure, for the budget test and `npm run bench`. */
export function figureBytes(): FigureBytes[] {
  return Object.keys(FIGURES).map((id) => {
    const markup = figureMarkup(id);
    return { id, bytes: strToU8(markup).length, gzip: gzipLength(markup) };
  });
}

/** The whole library two ways: each figure gzipped on its own and summed (the budgeted figure), and all in one stream. */
export function libraryBytes(): { largest: FigureBytes; summedGzip: number; oneStreamGzip: number } {
  const figures = figureBytes();
  const largest = figures.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return {
    largest,
    summedGzip: figures.reduce((sum, figure) => sum + figure.gzip, 0),
    oneStreamGzip: gzipLength(Object.keys(FIGURES).map(figureMarkup).join('')),
  };
}
