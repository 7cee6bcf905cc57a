// @vitest-environment node
/**
 * Every library exercise is illustrated, and every figure is checked as drawn: in each frame of its
 * animation the limbs join the trunk with no gaps, everything sits inside the picture and on (not
 * through) the floor, and the highlighted part is drawn where the body is and named in words.
 */
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { FLOOR_Y, PARTS, SEGMENT, THICKNESS } from '../../../src/domain/exercises/bodyModel';
import {
  FIGURES, drawAnimatedFigure, drawStillFigure, figureAlt, figureBox, figureFor, figurePoses, figureWords, svgMarkup, type FigureSpec, type SvgNode,
} from '../../../src/domain/exercises/figures';

type Point = [number, number];

const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
const pairs = (values: number[]): Point[] => Array.from({ length: values.length / 2 }, (_, i) => [values[2 * i]!, values[2 * i + 1]!]);
/** "M x y x y … M x y …" → one list of points per subpath. */
const subpaths = (d: string): Point[][] => d.split('M').filter(Boolean).map((part) => pairs(numbers(part)));
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

interface Layer { className: string; frames: string[] }

/** The animated figure's paths, each with its d at every key frame. */
function layersOf(svg: SvgNode): Layer[] {
  return (svg.children ?? []).map((path) => {
    const animate = path.children?.find((child) => child.tag === 'animate');
    return { className: path.attrs.class ?? '', frames: animate ? animate.attrs.values!.split(';') : [path.attrs.d!] };
  });
}

const frameCount = (layers: Layer[]) => Math.max(...layers.map((layer) => layer.frames.length));
const frameOf = (layer: Layer, i: number) => layer.frames[Math.min(i, layer.frames.length - 1)]!;

interface Frame { pelvis: Point; neckBase: Point; head: Point; legs: Point[][]; arms: Point[][]; neck: Point[]; highlight: Point[][]; all: Point[] }

/** One key frame of the drawing, read back into body parts. */
function readFrame(spec: FigureSpec, layers: Layer[], i: number): Frame {
  const side = spec.view === 'side';
  const of = (name: string) => layers.filter((layer) => layer.className === name).map((layer) => subpaths(frameOf(layer, i)));
  const [trunk] = of('fig-trunk');
  const [legsAndNeck, arms] = of('fig-limb');
  const far = of('fig-far')[0] ?? [];
  const headD = frameOf(layers.find((layer) => layer.className === 'fig-head')!, i);
  const [hx, hy] = numbers(headD);
  const [pelvis, control, neckBase] = trunk![0]! as [Point, Point, Point];
  // The trunk is a quadratic curve through the waist: its midpoint.
  const waist: Point = [(pelvis[0] + 2 * control[0] + neckBase[0]) / 4, (pelvis[1] + 2 * control[1] + neckBase[1]) / 4];
  const trunkPoints = [pelvis, waist, neckBase];
  const legs = side ? [legsAndNeck![0]!, far[1]!] : [legsAndNeck![0]!, legsAndNeck![1]!];
  const neck = legsAndNeck![side ? 1 : 2]!;
  const allArms = side ? [arms![0]!, far[0]!] : arms!;
  const highlight = layers.filter((layer) => layer.className.includes('fig-hl')).flatMap((layer) => subpaths(frameOf(layer, i)));
  return {
    pelvis, neckBase, head: [hx!, hy! + THICKNESS.headRadius],
    legs, arms: allArms, neck, highlight, all: [...trunkPoints, ...legs.flat(), ...allArms.flat(), ...neck],
  };
}

const ROUNDING = 0.15;
/**
 * Three quarters of a unit of slack at the floor (about a pixel on a card): in-between frames mix joint
 * angles, so a foot planted at both ends can dip a hair mid-move.
 */
const FLOOR = FLOOR_Y + 0.75;
const LONGEST_SEGMENT = Math.max(...Object.values(SEGMENT));

describe('exercise figures', () => {
  it('illustrate every library exercise, and only library exercises', () => {
    const missing = EXERCISE_LIBRARY.filter((exercise) => !FIGURES[exercise.id]).map((exercise) => exercise.id);
    expect(missing).toEqual([]);
    expect(Object.keys(FIGURES).sort()).toEqual(EXERCISE_LIBRARY.map((exercise) => exercise.id).sort());
  });

  it('let a custom exercise borrow any library illustration by id, and show none for an unknown one', () => {
    expect(figureFor({ id: 'custom-1', figure: 'calf-stretch' })).toBe(FIGURES['calf-stretch']);
    expect(figureFor({ id: 'calf-stretch' })).toBe(FIGURES['calf-stretch']);
    expect(figureFor({ id: 'custom-1' })).toBeUndefined();
    expect(figureFor({ id: 'custom-1', figure: 'a-figure-from-a-later-version' })).toBeUndefined();
    expect(figureFor({ id: 'custom-1', figure: 'constructor' })).toBeUndefined();
  });

  it('draws a mirrored figure as the exact mirror image, head included', () => {
    const spec = FIGURES['calf-stretch']!;
    const [plain, mirrored] = [spec, { ...spec, mirror: true }].map((s) => layersOf(drawStillFigure(s, 'end')));
    for (const [i, layer] of plain!.entries()) {
      const xs = (d: string) => (layer.className === 'fig-head' ? numbers(d).slice(0, 1) : subpaths(d).flat().map(([x]) => x));
      expect(xs(mirrored![i]!.frames[0]!)).toEqual(xs(layer.frames[0]!).map((x) => Math.round((120 - x) * 10) / 10));
    }
  });

  describe.each(Object.entries(FIGURES))('%s', (id, spec) => {
    const layers = layersOf(drawAnimatedFigure(spec));
    const frames = Array.from({ length: frameCount(layers) }, (_, i) => readFrame(spec, layers, i));

    it('has alt text that describes the movement and names the highlighted area', () => {
      const words = figureWords({ id })!;
      expect(words.alt.length).toBeGreaterThan(50);
      expect(words.alt).toMatch(/^[A-Z].*\.$/);
      expect(words.area).toMatch(/^[a-z]/);
      expect(figureAlt({ id })).toBe(`${words.alt} Highlighted: ${words.area}.`);
    });

    it('joins every limb to the trunk and every segment to the next, in every frame', () => {
      for (const frame of frames) {
        expect(distance(frame.neck[0]!, frame.neckBase)).toBeLessThan(ROUNDING);
        expect(distance(frame.neck[1]!, frame.head)).toBeLessThan(THICKNESS.headRadius);
        for (const leg of frame.legs) {
          expect(leg).toHaveLength(4);
          expect(distance(leg[0]!, frame.pelvis)).toBeLessThanOrEqual(THICKNESS.torso[spec.view]);
        }
        for (const arm of frame.arms) {
          expect(arm).toHaveLength(4);
          // Shoulders sit at the top of the trunk (out to the sides, seen from the front).
          expect(distance(arm[0]!, frame.neckBase)).toBeLessThanOrEqual(9);
        }
        for (const chain of [...frame.legs, ...frame.arms, frame.neck]) {
          for (let i = 1; i < chain.length; i++) expect(distance(chain[i - 1]!, chain[i]!)).toBeLessThanOrEqual(LONGEST_SEGMENT + ROUNDING);
        }
      }
    });

    it('keeps the body inside the picture and never below the floor', () => {
      const box = figureBox(spec);
      // A cropped figure shows the upper body only: its legs are meant to run out of the picture.
      const shown = (frame: Frame) => (spec.crop === 'upper' ? [...frame.arms.flat(), ...frame.neck, frame.neckBase] : frame.all);
      for (const frame of frames) {
        for (const [x, y] of shown(frame)) {
          expect(x - THICKNESS.limb, `${id} x`).toBeGreaterThanOrEqual(box.x);
          expect(x + THICKNESS.limb, `${id} x`).toBeLessThanOrEqual(box.x + box.width);
          expect(y - THICKNESS.limb, `${id} y`).toBeGreaterThanOrEqual(box.y);
          expect(y + THICKNESS.limb, `${id} y`).toBeLessThanOrEqual(Math.min(box.y + box.height, FLOOR));
        }
        const [hx, hy] = frame.head;
        expect(hy - THICKNESS.headRadius).toBeGreaterThanOrEqual(box.y);
        expect(hy + THICKNESS.headRadius).toBeLessThanOrEqual(FLOOR);
        expect(hx - THICKNESS.headRadius).toBeGreaterThanOrEqual(box.x);
        expect(hx + THICKNESS.headRadius).toBeLessThanOrEqual(box.x + box.width);
      }
    });

    it('highlights named parts of the body, drawn where the body is', () => {
      expect(spec.highlight.length).toBeGreaterThan(0);
      for (const part of spec.highlight) expect(Object.keys(PARTS)).toContain(part);
      for (const frame of frames) {
        expect(frame.highlight).toHaveLength(spec.highlight.length);
        for (const piece of frame.highlight) {
          // Every highlighted piece starts and ends on a drawn joint of the body.
          for (const end of [piece[0]!, piece[piece.length - 1]!]) {
            const nearest = Math.min(...[...frame.all, frame.pelvis].map((point) => distance(point, end)));
            expect(nearest).toBeLessThan(ROUNDING);
          }
        }
      }
    });

    it('moves: its start and end positions differ', () => {
      const [start, end] = [figurePoses(spec)[0]!, figurePoses(spec).at(-1)!];
      const moved = Object.keys(start).some((name) => distance(start[name as keyof typeof start] as Point, end[name as keyof typeof end] as Point) > 3);
      expect(moved).toBe(true);
    });

    it('is CSP-safe markup: no style, no script, animating only path data', () => {
      const markup = [drawAnimatedFigure(spec), drawStillFigure(spec, 'start'), drawStillFigure(spec, 'end')].map((node) => svgMarkup(node)).join('');
      expect(markup).not.toMatch(/style|script|href|on[a-z]+=/i);
      expect(markup.match(/attributeName="([^"]+)"/g) ?? []).toEqual(expect.arrayContaining([]));
      for (const name of markup.match(/attributeName="[^"]+"/g) ?? []) expect(name).toBe('attributeName="d"');
    });
  });
});
