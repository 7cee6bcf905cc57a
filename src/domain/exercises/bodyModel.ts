/**
 * The small body model every exercise figure is drawn from: a skeleton with fixed segment lengths,
 * a pose made of joint angles, and forward kinematics that turns the pose into points. Drawing a
 * figure is then a matter of data (two poses), never of hand-written paths, so every figure shares
 * one body and one style.
 *
 * Units are the figure's view box (120 × 90, floor at y = 84); y grows downwards as in SVG.
 * Angles are degrees. A direction is measured clockwise from straight up, so 90 points right.
 *
 * Two views:
 * - 'side': the figure faces right. Limb A is the near one, limb B the far one (drawn fainter).
 *   Positive angles are flexion: the thigh or arm swings forward, the knee bends the shin back,
 *   the elbow brings the forearm forward, the ankle lifts the toes, the neck tips the chin down,
 *   the torso leans forward and the spine rounds forward.
 * - 'front': the figure faces the viewer. Limb A is on the viewer's left, B on the right. Positive
 *   shoulder and hip angles lift the limb out to the side, positive elbow angles keep turning the
 *   forearm the same way (up, for an arm held out), positive knee angles bring the shin back in
 *   toward the middle; positive torso and neck angles tip toward the viewer's right.
 */

export type View = 'side' | 'front';
export type Side = 'A' | 'B';
export type Pair = readonly [a: number, b: number];

export interface Pose {
  /** Direction of the lower back (pelvis to waist); 0 is upright, 90 lying with the head to the right. */
  torso: number;
  /** The upper back relative to the lower back (rounding or arching). */
  spine?: number;
  neck?: number;
  shoulder?: Pair;
  elbow?: Pair;
  wrist?: Pair;
  hip?: Pair;
  knee?: Pair;
  ankle?: Pair;
  /**
   * How far each thigh or upper arm points toward the viewer (90 is straight at them, as a thigh
   * does when sitting, seen from the front), which makes it look shorter: foreshortening, not a bend.
   */
  thighToward?: Pair;
  armToward?: Pair;
  /**
   * Where the figure's pinned point (FigureSpec.pin, the pelvis unless said otherwise) goes. Without
   * a y the figure stands on the floor: it is lowered until its lowest edge touches the floor line.
   */
  at: readonly [x: number, y?: number];
}

export const VIEW_BOX = { width: 120, height: 90 } as const;
export const FLOOR_Y = 84;

/** Segment lengths, roughly a person's proportions. */
export const SEGMENT = {
  lumbar: 11, thoracic: 12, neck: 6, upperArm: 12, forearm: 11, hand: 6, thigh: 16, shin: 15, foot: 6,
} as const;

/** Half the stroke width of each kind of line: how far the drawn body reaches past its points. */
export const THICKNESS = { limb: 3, torso: { side: 4.5, front: 6 }, headRadius: 6.5 } as const;

/** Front view: how far the shoulders and hips sit from the middle, and how short a foot looks head-on. */
const FRONT = { shoulder: 7, shoulderDrop: 1.5, hip: 4, foot: 3, footTurn: 70 } as const;

export type Point = readonly [x: number, y: number];

export type PointName =
  | 'pelvis' | 'waist' | 'neckBase' | 'neckTop' | 'head'
  | `${'shoulder' | 'elbow' | 'wrist' | 'fingers' | 'hip' | 'knee' | 'ankle' | 'toes'}${Side}`;

export type Skeleton = Record<PointName, Point>;

/** A named stretch of the body between two points: what a highlight refers to. */
export type PartName = 'lowerBack' | 'upperBack' | 'neck' | `${'upperArm' | 'forearm' | 'hand' | 'thigh' | 'shin' | 'foot'}${Side}`;

export const PARTS: Record<PartName, readonly [PointName, PointName]> = {
  lowerBack: ['pelvis', 'waist'], upperBack: ['waist', 'neckBase'], neck: ['neckBase', 'neckTop'],
  upperArmA: ['shoulderA', 'elbowA'], forearmA: ['elbowA', 'wristA'], handA: ['wristA', 'fingersA'],
  upperArmB: ['shoulderB', 'elbowB'], forearmB: ['elbowB', 'wristB'], handB: ['wristB', 'fingersB'],
  thighA: ['hipA', 'kneeA'], shinA: ['kneeA', 'ankleA'], footA: ['ankleA', 'toesA'],
  thighB: ['hipB', 'kneeB'], shinB: ['kneeB', 'ankleB'], footB: ['ankleB', 'toesB'],
};

const RAD = Math.PI / 180;

function step(from: Point, direction: number, length: number): Point {
  return [from[0] + Math.sin(direction * RAD) * length, from[1] - Math.cos(direction * RAD) * length];
}

/** Front view mirrors side A, so that a positive angle always means "out to the side". */
const turnOf = (view: View, side: Side) => (view === 'front' && side === 'A' ? -1 : 1);

function arm(view: View, side: Side, pose: Pose, thoracic: number, shoulder: Point) {
  const i = side === 'A' ? 0 : 1;
  const turn = turnOf(view, side);
  const upper = thoracic + 180 - turn * (pose.shoulder?.[i] ?? 0);
  const elbow = step(shoulder, upper, SEGMENT.upperArm * Math.cos((pose.armToward?.[i] ?? 0) * RAD));
  const fore = upper - turn * (pose.elbow?.[i] ?? 0);
  const wrist = step(elbow, fore, SEGMENT.forearm);
  const fingers = step(wrist, fore - turn * (pose.wrist?.[i] ?? 0), SEGMENT.hand);
  return { elbow, wrist, fingers };
}

function leg(view: View, side: Side, pose: Pose, lumbar: number, hip: Point) {
  const i = side === 'A' ? 0 : 1;
  const turn = turnOf(view, side);
  const upper = lumbar + 180 - turn * (pose.hip?.[i] ?? 0);
  const knee = step(hip, upper, SEGMENT.thigh * Math.cos((pose.thighToward?.[i] ?? 0) * RAD));
  const shin = upper + turn * (pose.knee?.[i] ?? 0);
  const ankle = step(knee, shin, SEGMENT.shin);
  // A foot seen head-on is a short stub turned outwards; seen from the side it points forward.
  const toes = view === 'front'
    ? step(ankle, shin - turn * FRONT.footTurn, FRONT.foot)
    : step(ankle, shin - 90 - (pose.ankle?.[i] ?? 0), SEGMENT.foot);
  return { knee, ankle, toes };
}

/** Forward kinematics with the pelvis at the origin. */
function skeletonAtOrigin(view: View, pose: Pose): Skeleton {
  const pelvis: Point = [0, 0];
  const lumbar = pose.torso;
  const thoracic = lumbar + (pose.spine ?? 0);
  const waist = step(pelvis, lumbar, SEGMENT.lumbar);
  const neckBase = step(waist, thoracic, SEGMENT.thoracic);
  const neckDirection = thoracic + (pose.neck ?? 0);
  const neckTop = step(neckBase, neckDirection, SEGMENT.neck);
  const head = step(neckTop, neckDirection, THICKNESS.headRadius - 1.5);
  const across = view === 'front' ? 1 : 0;
  const shoulderOf = (sign: number) => step(step(neckBase, thoracic + 180, view === 'front' ? FRONT.shoulderDrop : 2), thoracic + 90, sign * across * FRONT.shoulder);
  const hipOf = (sign: number) => step(pelvis, lumbar + 90, sign * across * FRONT.hip);
  const [shoulderA, shoulderB, hipA, hipB] = [shoulderOf(-1), shoulderOf(1), hipOf(-1), hipOf(1)];
  const a = arm(view, 'A', pose, thoracic, shoulderA);
  const b = arm(view, 'B', pose, thoracic, shoulderB);
  const la = leg(view, 'A', pose, lumbar, hipA);
  const lb = leg(view, 'B', pose, lumbar, hipB);
  return {
    pelvis, waist, neckBase, neckTop, head,
    shoulderA, elbowA: a.elbow, wristA: a.wrist, fingersA: a.fingers,
    shoulderB, elbowB: b.elbow, wristB: b.wrist, fingersB: b.fingers,
    hipA, kneeA: la.knee, ankleA: la.ankle, toesA: la.toes,
    hipB, kneeB: lb.knee, ankleB: lb.ankle, toesB: lb.toes,
  };
}

/** How far past a point the drawn body reaches (its stroke or the head's radius). */
export function reachOf(name: PointName, view: View): number {
  if (name === 'head') return THICKNESS.headRadius;
  if (name === 'pelvis' || name === 'waist' || name === 'neckBase') return THICKNESS.torso[view];
  return THICKNESS.limb;
}

function translate(skeleton: Skeleton, dx: number, dy: number): Skeleton {
  const moved = {} as Record<PointName, Point>;
  for (const [name, [x, y]] of Object.entries(skeleton) as [PointName, Point][]) moved[name] = [x + dx, y + dy];
  return moved;
}

/** The pose's points in the view box: pinned point at `pose.at`, or standing on the floor. */
export function solvePose(view: View, pose: Pose, pin: PointName = 'pelvis'): Skeleton {
  const skeleton = skeletonAtOrigin(view, pose);
  const [x, y] = pose.at;
  const pinned = skeleton[pin];
  if (y !== undefined) return translate(skeleton, x - pinned[0], y - pinned[1]);
  const lowest = Math.max(...(Object.entries(skeleton) as [PointName, Point][]).map(([name, p]) => p[1] + reachOf(name, view)));
  return translate(skeleton, x - pinned[0], FLOOR_Y - lowest);
}

const mix = (from: number, to: number, t: number) => from + (to - from) * t;
const mixPair = (from: Pair | undefined, to: Pair | undefined, t: number): Pair =>
  [mix(from?.[0] ?? 0, to?.[0] ?? 0, t), mix(from?.[1] ?? 0, to?.[1] ?? 0, t)];

/**
 * A pose part of the way (t from 0 to 1) from one to the other. Angles are mixed, not points, so
 * limbs keep their length through the movement instead of shrinking along a straight line.
 */
export function between(from: Pose, to: Pose, t: number): Pose {
  const y = from.at[1] === undefined || to.at[1] === undefined ? undefined : mix(from.at[1], to.at[1], t);
  return {
    torso: mix(from.torso, to.torso, t),
    spine: mix(from.spine ?? 0, to.spine ?? 0, t),
    neck: mix(from.neck ?? 0, to.neck ?? 0, t),
    shoulder: mixPair(from.shoulder, to.shoulder, t), elbow: mixPair(from.elbow, to.elbow, t), wrist: mixPair(from.wrist, to.wrist, t),
    hip: mixPair(from.hip, to.hip, t), knee: mixPair(from.knee, to.knee, t), ankle: mixPair(from.ankle, to.ankle, t),
    thighToward: mixPair(from.thighToward, to.thighToward, t), armToward: mixPair(from.armToward, to.armToward, t),
    at: y === undefined ? [mix(from.at[0], to.at[0], t)] : [mix(from.at[0], to.at[0], t), y],
  };
}
