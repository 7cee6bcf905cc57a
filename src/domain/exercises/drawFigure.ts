/**
 * Turns a figure's data into SVG: round-capped strokes for limbs, a thicker stroke for the trunk, a
 * disc for the head, the worked part over it in the accent colour, and props in a quiet colour.
 * Colours come from CSS classes (ExerciseFigure.css) through currentColor and the theme's
 * variables, never from inline styles: the app's CSP allows no inline style.
 *
 * The animated figure moves with SMIL `<animate>` on each path's `d`, through poses computed from
 * mixed joint angles (so limbs stay rigid), eased, holding at both ends: a six-second loop.
 */
import { FLOOR_Y, PARTS, THICKNESS, VIEW_BOX, between, solvePose, type PartName, type Point, type PointName, type Skeleton } from './bodyModel';
import { BALL_RADIUS, ROLLER_RADIUS, SEAT_Y, UPPER_BODY_BOX, type FigureSpec, type Prop } from './figureSpec';
import type { SvgNode } from './svgNode';

/** How far through the movement each computed pose is: half a cosine, so it starts and stops gently. */
const STEPS = [0, 0.146, 0.5, 0.854, 1] as const;
/** Hold the start, move, hold the end, move back: indices into STEPS with their key times. */
const SEQUENCE = [0, 0, 1, 2, 3, 4, 4, 3, 2, 1, 0, 0] as const;
const KEY_TIMES = '0;.1;.175;.25;.325;.4;.6;.675;.75;.825;.9;1';
export const LOOP_SECONDS = 6;

type Format = (point: Point) => string;

const round = (n: number) => Math.round(n * 10) / 10;
const formatter = (mirror: boolean): Format => ([x, y]) => `${round(mirror ? VIEW_BOX.width - x : x)} ${round(y)}`;

const chain = (skeleton: Skeleton, names: readonly PointName[], f: Format) => `M${names.map((name) => f(skeleton[name])).join(' ')}`;

/** The trunk bends smoothly: a quadratic curve through the waist, pelvis to neck. */
function trunkControl(s: Skeleton): Point {
  return [2 * s.waist[0] - (s.pelvis[0] + s.neckBase[0]) / 2, 2 * s.waist[1] - (s.pelvis[1] + s.neckBase[1]) / 2];
}

function trunkPath(s: Skeleton, f: Format): string {
  return `M${f(s.pelvis)}Q${f(trunkControl(s))} ${f(s.neckBase)}`;
}

/** Half of the trunk's curve (split at the waist), so a highlighted back follows the same line. */
function trunkHalf(s: Skeleton, half: 'lowerBack' | 'upperBack', f: Format): string {
  const c = trunkControl(s);
  const [from, to] = half === 'lowerBack' ? [s.pelvis, s.waist] : [s.waist, s.neckBase];
  const end = half === 'lowerBack' ? s.pelvis : s.neckBase;
  return `M${f(from)}Q${f([(c[0] + end[0]) / 2, (c[1] + end[1]) / 2])} ${f(to)}`;
}

/** A disc as two arcs from its top point: vertical offsets only, so mirroring can't shift it. */
function circlePath([x, y]: Point, r: number, f: Format): string {
  return `M${f([x, y - r])}a${r} ${r} 0 1 0 0 ${2 * r}a${r} ${r} 0 1 0 0 ${-2 * r}`;
}

const headPath = (s: Skeleton, f: Format) => circlePath(s.head, THICKNESS.headRadius, f);

const ARM = (side: 'A' | 'B') => [`shoulder${side}`, `elbow${side}`, `wrist${side}`, `fingers${side}`] as const;
const LEG = (side: 'A' | 'B') => [`hip${side}`, `knee${side}`, `ankle${side}`, `toes${side}`] as const;

const isTrunk = (part: PartName): part is 'lowerBack' | 'upperBack' => part === 'lowerBack' || part === 'upperBack';
const isFar = (spec: FigureSpec, part: PartName) => spec.view === 'side' && part.endsWith('B');

function partsPath(s: Skeleton, parts: readonly PartName[], f: Format): string {
  return parts.map((part) => (isTrunk(part) ? trunkHalf(s, part, f) : chain(s, PARTS[part], f))).join('');
}

/** One drawn layer: a class and a path for every step of the movement. */
interface Layer { className: string; frames: string[] }

function bodyLayers(spec: FigureSpec, poses: readonly Skeleton[], f: Format): Layer[] {
  const side = spec.view === 'side';
  const layer = (className: string, draw: (s: Skeleton) => string): Layer => ({ className, frames: poses.map(draw) });
  const far = spec.highlight.filter((part) => isFar(spec, part));
  const near = spec.highlight.filter((part) => !isFar(spec, part) && !isTrunk(part));
  const trunk = spec.highlight.filter(isTrunk);
  const arms = (s: Skeleton) => chain(s, ARM('A'), f) + (side ? '' : chain(s, ARM('B'), f));
  const layers = [
    side ? layer('fig-far', (s) => chain(s, ARM('B'), f) + chain(s, LEG('B'), f)) : undefined,
    far.length > 0 ? layer('fig-far fig-hl', (s) => partsPath(s, far, f)) : undefined,
    layer('fig-trunk', (s) => trunkPath(s, f)),
    trunk.length > 0 ? layer('fig-trunk fig-hl', (s) => partsPath(s, trunk, f)) : undefined,
    layer('fig-limb', (s) => chain(s, LEG('A'), f) + (side ? '' : chain(s, LEG('B'), f)) + chain(s, ['neckBase', 'neckTop'], f)),
    // Arms often cross the trunk in the same colour; a gap in the background colour keeps them apart.
    layer('fig-gap', arms),
    layer('fig-limb', arms),
    near.length > 0 ? layer('fig-limb fig-hl', (s) => partsPath(s, near, f)) : undefined,
    layer('fig-head', (s) => headPath(s, f)),
  ];
  return layers.filter((l): l is Layer => l !== undefined);
}


/** Lines of the furniture that never move; the floor first. */
function fixedProps(props: readonly Prop[], f: Format): { lines: string; solids: string } {
  let lines = `M${f([0, FLOOR_Y])} ${f([VIEW_BOX.width, FLOOR_Y])}`;
  let solids = '';
  const line = (...points: Point[]) => (lines += `M${points.map(f).join(' ')}`);
  for (const prop of props) {
    if (prop.kind === 'wall') line([prop.x, FLOOR_Y], [prop.x, 4]);
    else if (prop.kind === 'doorway') line([prop.x, FLOOR_Y], [prop.x, 6], [prop.x - 12, 6]);
    else if (prop.kind === 'chair') {
      const toBack = prop.back === 'right' ? 1 : -1;
      const back = prop.x + toBack * 16;
      line([back, SEAT_Y - 24], [back, FLOOR_Y]);
      line([back, SEAT_Y], [prop.x, SEAT_Y], [prop.x, FLOOR_Y]);
    } else if (prop.kind === 'stool') {
      const seat = prop.y ?? SEAT_Y;
      line([prop.x - 13, FLOOR_Y], [prop.x - 13, seat], [prop.x + 13, seat], [prop.x + 13, FLOOR_Y]);
    } else if (prop.kind === 'ball') solids += circlePath(prop.at, BALL_RADIUS, f);
    else if (prop.kind === 'roller') solids += circlePath([prop.x, FLOOR_Y - ROLLER_RADIUS - 1], ROLLER_RADIUS, f);
  }
  return { lines, solids };
}

function strapLayer(spec: FigureSpec, poses: readonly Skeleton[], f: Format): Layer | undefined {
  const straps = (spec.props ?? []).filter((p): p is Extract<Prop, { kind: 'strap' }> => p.kind === 'strap');
  if (straps.length === 0) return undefined;
  return { className: 'fig-strap', frames: poses.map((s) => straps.map((strap) => chain(s, [strap.from, strap.to], f)).join('')) };
}

/** The points of every pose a figure passes through (tests check these against the view box). */
export function figurePoses(spec: FigureSpec): Skeleton[] {
  return STEPS.map((t) => solvePose(spec.view, between(spec.start, spec.end, t), spec.pin));
}

function animated(layer: Layer): SvgNode {
  const [first = ''] = layer.frames;
  if (layer.frames.every((frame) => frame === first)) return { tag: 'path', attrs: { class: layer.className, d: first } };
  const values = SEQUENCE.map((i) => layer.frames[i]).join(';');
  return {
    tag: 'path',
    attrs: { class: layer.className, d: first },
    children: [{ tag: 'animate', attrs: { attributeName: 'd', dur: `${LOOP_SECONDS}s`, repeatCount: 'indefinite', keyTimes: KEY_TIMES, values } }],
  };
}

/** The area a figure shows: the whole view box, or the upper body of a cropped one. */
export function figureBox(spec: FigureSpec): { x: number; y: number; width: number; height: number } {
  return spec.crop === 'upper' ? UPPER_BODY_BOX : { x: 0, y: 0, ...VIEW_BOX };
}

function svg(spec: FigureSpec, children: SvgNode[]): SvgNode {
  const { x, y, width, height } = figureBox(spec);
  return { tag: 'svg', attrs: { viewBox: `${x} ${y} ${width} ${height}`, class: `fig fig--${spec.view}` }, children };
}

function propNodes(spec: FigureSpec, f: Format): SvgNode[] {
  const { lines, solids } = fixedProps(spec.props ?? [], f);
  const nodes: SvgNode[] = [{ tag: 'path', attrs: { class: 'fig-prop', d: lines } }];
  if (solids) nodes.push({ tag: 'path', attrs: { class: 'fig-solid', d: solids } });
  return nodes;
}

/** Layers in drawing order: behind the body, the body, then whatever is held over it. */
function layersOf(spec: FigureSpec, poses: readonly Skeleton[], f: Format): Layer[] {
  const strap = strapLayer(spec, poses, f);
  return [...bodyLayers(spec, poses, f), ...(strap ? [strap] : [])];
}

/** The figure moving from its start to its end position and back, for ever. */
export function drawAnimatedFigure(spec: FigureSpec): SvgNode {
  const f = formatter(spec.mirror === true);
  const layers = layersOf(spec, figurePoses(spec), f);
  return svg(spec, [...propNodes(spec, f), ...layers.map(animated)]);
}

/** One still: the start or the end position. */
export function drawStillFigure(spec: FigureSpec, which: 'start' | 'end'): SvgNode {
  const f = formatter(spec.mirror === true);
  const pose = solvePose(spec.view, which === 'start' ? spec.start : spec.end, spec.pin);
  const layers = layersOf(spec, [pose], f);
  return svg(spec, [...propNodes(spec, f), ...layers.map((layer) => ({ tag: 'path', attrs: { class: layer.className, d: layer.frames[0] ?? '' } }) as SvgNode)]);
}
