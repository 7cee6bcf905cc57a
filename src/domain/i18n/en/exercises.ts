/**
 * The exercise library in words: each exercise's name, steps and cautions, by its id. (The words
 * around the exercises, such as body regions and round names, are in exercisePlan.ts, so a screen
 * that needs only those does not carry the whole library.)
 *
 * This English is also what the library stores and sends: a share link names an unchanged library
 * exercise by its id, and a plan saved on the client's phone keeps these exact words. Other languages
 * are drawn over them at display time, line by line (domain/exercises/exerciseWords.ts), so never
 * reword a line here without thinking of the plans already saved with it.
 */
import { namespace } from '../active';

/** One library exercise in words: its name, its steps in order, and when to ease off or stop. */
export interface LibraryWords {
  name: string;
  steps: string[];
  cautions: string[];
}

const STOP_IF_SHARP = 'Stop if you feel sharp pain, numbness or tingling.';
const GENTLE = 'Move slowly into a gentle stretch; it should never hurt.';

/** Every library exercise by id: the original thirteen first, then the rest by region (as EXERCISE_LIBRARY). */
const library = {
  'neck-side-bend': {
    name: 'Neck side bend',
    steps: [
      'Sit or stand tall with your shoulders relaxed.',
      'Slowly tip your ear toward one shoulder without lifting the shoulder.',
      'Hold, breathing easily, then come back to the middle.',
      'Repeat on the other side.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the movement small if you feel dizzy, and sit down.'],
  },
  'upper-trapezius-stretch': {
    name: 'Upper-trapezius stretch',
    steps: [
      'Sit tall and hold the edge of the chair with one hand.',
      'Tip your head away from that hand and turn your nose slightly down.',
      'Rest the other hand lightly on your head; let its weight add a little stretch.',
      'Hold, then switch sides.',
    ],
    cautions: [STOP_IF_SHARP, 'Never pull on your head; the hand only rests there.'],
  },
  'doorway-chest-stretch': {
    name: 'Doorway chest stretch',
    steps: [
      'Stand in a doorway and place your forearms on the frame, elbows at shoulder height.',
      'Step one foot through and lean forward until you feel a stretch across your chest.',
      'Keep your back straight and your shoulders down.',
      'Hold, then step back.',
    ],
    cautions: [STOP_IF_SHARP, 'Skip it if your shoulder feels unstable or has recently been injured.'],
  },
  'chin-tuck': {
    name: 'Chin tuck',
    steps: [
      'Sit or stand tall, looking straight ahead.',
      'Gently slide your chin straight back, as if making a double chin.',
      'Hold for a breath or two, then relax.',
      'Keep your eyes level: the head moves back, not down.',
    ],
    cautions: [STOP_IF_SHARP, GENTLE],
  },
  'cat-cow': {
    name: 'Cat–cow',
    steps: [
      'Start on hands and knees, hands under shoulders, knees under hips.',
      'Breathe in and let your belly drop as you look slightly up.',
      'Breathe out and round your back toward the ceiling, tucking your chin.',
      'Flow slowly between the two.',
    ],
    cautions: [STOP_IF_SHARP, 'Pad your knees if kneeling is uncomfortable.'],
  },
  'childs-pose': {
    name: "Child's pose",
    steps: [
      'Kneel and sit back toward your heels, knees comfortably apart.',
      'Walk your hands forward and rest your forehead on the floor or a cushion.',
      'Let your back and shoulders soften as you breathe slowly.',
      'Walk your hands back to come up.',
    ],
    cautions: [STOP_IF_SHARP, 'Put a cushion between your heels and hips if your knees complain.'],
  },
  'hip-flexor-lunge': {
    name: 'Hip-flexor lunge stretch',
    steps: [
      'Kneel on one knee with the other foot flat in front of you.',
      'Tuck your tailbone under and shift your weight gently forward.',
      'Feel the stretch at the front of the hip of the kneeling leg.',
      'Hold, then switch sides.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep your front knee above your ankle, and hold on to a chair for balance.'],
  },
  'hamstring-stretch': {
    name: 'Hamstring stretch',
    steps: [
      'Lie on your back and loop a towel or strap around one foot.',
      'Straighten that leg toward the ceiling until you feel a stretch behind the thigh.',
      'Keep the other leg bent or flat, whichever is comfortable.',
      'Hold, then switch legs.',
    ],
    cautions: [STOP_IF_SHARP, "Don't bounce; ease in and hold still."],
  },
  'figure-four-stretch': {
    name: 'Piriformis (figure-four) stretch',
    steps: [
      'Lie on your back with both knees bent.',
      'Cross one ankle over the opposite knee.',
      'Hold the back of the lower thigh and draw it toward you until you feel a stretch in the buttock.',
      'Hold, then switch sides.',
    ],
    cautions: [STOP_IF_SHARP, 'Go easy if the stretch makes pain travel down your leg, and tell your therapist.'],
  },
  'calf-stretch': {
    name: 'Calf stretch',
    steps: [
      'Face a wall with your hands on it.',
      'Step one foot back and keep that heel on the floor, knee straight.',
      'Lean forward until you feel a stretch in the back of the lower leg.',
      'Hold, then switch legs.',
    ],
    cautions: [STOP_IF_SHARP, GENTLE],
  },
  'wrist-flexor-stretch': {
    name: 'Wrist-flexor stretch',
    steps: [
      'Hold one arm straight out in front, palm up.',
      'With the other hand, gently draw the fingers down and back.',
      'Feel the stretch along the inside of the forearm.',
      'Hold, then switch arms.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the pull light; the wrist is small and easy to overdo.'],
  },
  'tennis-ball-release': {
    name: 'Tennis-ball trigger-point release',
    steps: [
      'Place a tennis ball between a tight spot and a wall or the floor.',
      'Lean in slowly until you feel firm but bearable pressure.',
      'Stay on the spot and breathe until it eases a little.',
      'Move to the next spot your therapist showed you.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the ball off your spine, the front and sides of the neck, and bruised or broken skin.'],
  },
  'foam-rolling': {
    name: 'Foam rolling',
    steps: [
      'Place the roller under the muscle your therapist pointed out.',
      'Support your weight with your hands or feet to control the pressure.',
      'Roll slowly back and forth over the area.',
      'Pause on tight spots for a few breaths.',
    ],
    cautions: [STOP_IF_SHARP, 'Roll muscles, not joints or your lower back, and skip bruised areas.'],
  },
  'chin-to-chest-stretch': {
    name: 'Chin-to-chest stretch',
    steps: [
      'Sit tall with your feet flat and your shoulders relaxed.',
      'Slowly lower your chin toward your chest until you feel a stretch at the back of your neck.',
      'Hold, breathing easily.',
      'Lift your head slowly back to level.',
    ],
    cautions: [STOP_IF_SHARP, 'Let the head hang by its own weight; never pull it down with your hands.'],
  },
  'cross-body-shoulder-stretch': {
    name: 'Cross-body shoulder stretch',
    steps: [
      'Stand or sit tall.',
      'Bring one straight arm across your chest at shoulder height.',
      'With the other hand, hold it just above the elbow and draw it gently closer until you feel a stretch at the back of the shoulder.',
      'Hold, then switch arms.',
    ],
    cautions: [STOP_IF_SHARP, 'Press on the upper arm, not on the elbow joint itself.'],
  },
  'wall-angel': {
    name: 'Wall angel',
    steps: [
      'Stand with your back, head and bottom against a wall, feet a small step away from it.',
      'Raise your arms like goal posts, elbows bent and the backs of your arms near the wall.',
      'Slide your arms slowly up the wall as far as is comfortable, then back down.',
      'Keep your lower back from arching away from the wall.',
    ],
    cautions: [STOP_IF_SHARP, 'Your arms do not have to touch the wall; go only as far as is comfortable.'],
  },
  'pendulum-swing': {
    name: 'Pendulum swing',
    steps: [
      'Stand beside a chair or table and rest one hand on it.',
      'Lean forward a little and let your other arm hang loose.',
      'Shift your weight gently so the hanging arm swings forward and back by itself.',
      'Keep the shoulder relaxed; let the body move the arm. Then switch arms.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the swing small and easy; this is for loosening, not effort.'],
  },
  'clasped-hands-chest-opener': {
    name: 'Clasped-hands chest opener',
    steps: [
      'Stand tall and clasp your hands behind your back.',
      'Draw your shoulders back and down and let your chest lift.',
      'Raise your hands a little away from your back until you feel a stretch across the chest.',
      'Hold, then lower your hands and relax.',
    ],
    cautions: [STOP_IF_SHARP, 'Hold a towel between your hands if they do not reach each other.'],
  },
  'ball-chest-release': {
    name: 'Ball release for the chest',
    steps: [
      'Stand facing a wall with a tennis ball in one hand.',
      'Place the ball against the wall at the front of your shoulder, just below the collarbone.',
      'Lean in slowly until you feel firm but bearable pressure, and breathe.',
      'Ease off, then do the other side.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the ball on muscle: off the collarbone, the breast and the front of the armpit.'],
  },
  'scapular-squeeze': {
    name: 'Shoulder-blade squeeze',
    steps: [
      'Sit or stand tall with your arms relaxed and elbows bent.',
      'Draw your elbows back and squeeze your shoulder blades gently together.',
      'Hold for a breath or two without lifting your shoulders toward your ears.',
      'Relax and repeat.',
    ],
    cautions: [STOP_IF_SHARP, 'Squeeze gently; this is about control, not force.'],
  },
  'foam-roller-upper-back': {
    name: 'Foam roller upper-back stretch',
    steps: [
      'Sit on the floor with a foam roller behind you, then lie back so it is across your upper back.',
      'Bend your knees with your feet flat, and support your head with your hands.',
      'Let your upper back ease back over the roller for a few breaths, then come back up.',
      'Move the roller a hand width and repeat.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the roller under the upper back, never under the neck or lower back.'],
  },
  'seated-upper-back-stretch': {
    name: 'Seated upper-back stretch',
    steps: [
      'Sit tall and hold your hands together in front of you at shoulder height.',
      'Reach your hands forward as you round your upper back and let your head drop a little.',
      'Feel the stretch between your shoulder blades and breathe into it.',
      'Hold, then sit tall again.',
    ],
    cautions: [STOP_IF_SHARP, GENTLE],
  },
  'knees-to-chest': {
    name: 'Knees to chest',
    steps: [
      'Lie on your back with your knees bent and feet flat.',
      'Bring one knee, then the other, up toward your chest.',
      'Hold your shins or the backs of your thighs and draw them gently closer.',
      'Hold, then lower one foot at a time.',
    ],
    cautions: [STOP_IF_SHARP, 'Hold behind the thighs instead if holding the shins strains your knees.'],
  },
  'standing-back-extension': {
    name: 'Standing back extension',
    steps: [
      'Stand with your feet hip-width apart and place your hands on your lower back, fingers pointing down.',
      'Lean back gently over your hands, looking slightly up.',
      'Hold for a breath, then come back to standing tall.',
      'Keep your knees soft and the movement small.',
    ],
    cautions: [STOP_IF_SHARP, 'Skip it if leaning back makes pain travel into a leg, and tell your therapist.', 'Keep the movement small if you feel dizzy.'],
  },
  'glute-bridge': {
    name: 'Glute bridge',
    steps: [
      'Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.',
      'Press through your heels and lift your hips until your body is in a line from shoulders to knees.',
      'Hold for a breath, squeezing your buttocks.',
      'Lower slowly, one part of the back at a time.',
    ],
    cautions: [STOP_IF_SHARP, 'Lift only as high as you can without arching your lower back.'],
  },
  'butterfly-stretch': {
    name: 'Butterfly stretch',
    steps: [
      'Sit on the floor and bring the soles of your feet together, knees out to the sides.',
      'Hold your ankles and sit tall.',
      'Let your knees sink slowly toward the floor until you feel a stretch in your inner thighs.',
      'Hold, then bring your knees up again.',
    ],
    cautions: [STOP_IF_SHARP, 'Never push your knees down with your hands.', 'Sit on a folded towel if sitting tall is hard.'],
  },
  'standing-quad-stretch': {
    name: 'Standing quad stretch',
    steps: [
      'Stand tall and hold a wall or chair with one hand.',
      'Bend one knee and hold that ankle with your free hand.',
      'Draw the heel gently toward your buttock, knees side by side, until you feel a stretch at the front of the thigh.',
      'Hold, then switch legs.',
    ],
    cautions: [STOP_IF_SHARP, 'Loop a towel around the ankle if you cannot reach it.'],
  },
  'heel-raise': {
    name: 'Heel raise',
    steps: [
      'Stand tall holding the back of a chair.',
      'Rise slowly onto the balls of your feet.',
      'Pause at the top, then lower your heels slowly to the floor.',
      'Keep your weight even across both feet.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep a hand on the chair for balance the whole time.'],
  },
  'ankle-circles': {
    name: 'Ankle circles',
    steps: [
      'Sit with one leg held out in front of you, heel on the floor or lifted.',
      'Point your toes, then draw them back toward you.',
      'Turn this into slow circles with your foot, ten one way and ten the other.',
      'Switch feet.',
    ],
    cautions: [STOP_IF_SHARP, GENTLE],
  },
  'foot-ball-roll': {
    name: 'Ball roll for the foot',
    steps: [
      'Sit on a chair with a tennis ball under the sole of one foot.',
      'Roll the ball slowly from your heel to the ball of your foot and back.',
      'Press only as firmly as feels good, pausing on tight spots.',
      'Switch feet.',
    ],
    cautions: [STOP_IF_SHARP, 'Skip it if your feet have poor feeling or a wound, and ask your doctor first.'],
  },
  'towel-foot-stretch': {
    name: 'Towel foot stretch',
    steps: [
      'Sit on the floor with one leg straight in front of you.',
      'Loop a towel around the ball of that foot and hold both ends.',
      'Draw the towel gently so your toes come back toward you, until you feel a stretch under the foot and in the calf.',
      'Hold, then switch feet.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep your knee straight but not locked.'],
  },
  'triceps-stretch': {
    name: 'Triceps stretch',
    steps: [
      'Stand or sit tall and raise one arm.',
      'Bend that elbow so your hand drops behind your head.',
      'With the other hand, ease the elbow gently back until you feel a stretch at the back of the upper arm.',
      'Hold, then switch arms.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep your head up; do not let the arm push it forward.'],
  },
  'prayer-stretch': {
    name: 'Prayer stretch',
    steps: [
      'Press your palms together in front of your chest, fingers pointing up.',
      'Keeping the palms together, lower your hands slowly toward your waist.',
      'Stop when you feel a stretch along the insides of your forearms, elbows out to the sides.',
      'Hold, then raise your hands again.',
    ],
    cautions: [STOP_IF_SHARP, 'Keep the pressure between your palms light.'],
  },
} satisfies Record<string, LibraryWords>;

export const exercises = {
  library,
};
export type ExercisesMessages = typeof exercises;
export const exercisesText = namespace('exercises', exercises);
