/** What a generated lesson is about: its title, the phrases its prose returns to, and headings. */
export interface LessonTopic {
  title: string;
  /** Noun phrases the sentences weave in, so each lesson has its own vocabulary to search for. */
  phrases: readonly string[];
  headings: readonly string[];
}

// Themes from the sample curriculum (shared/design/curriculum.md), so generated text exercises
// search and layout with the words real lessons use.
export const LESSON_TOPICS: readonly LessonTopic[] = [
  { title: 'Listening without fixing', phrases: ['listening without fixing', 'reflective listening', 'silence', 'open questions'], headings: ['Listening first', 'Staying with silence', 'Open questions that help'] },
  { title: 'The group agreement', phrases: ['the group agreement', 'confidentiality', 'ground rules', 'shared expectations'], headings: ['Writing the agreement together', 'Coming back to the agreement', 'What confidentiality covers'] },
  { title: 'The window of tolerance', phrases: ['the window of tolerance', 'feeling overwhelmed', 'shutting down', 'settling'], headings: ['Noticing the edges of the window', 'When someone is overwhelmed', 'Settling together'] },
  { title: 'Grounding as an invitation', phrases: ['grounding', 'an invitation', 'eyes-open options', 'the present moment'], headings: ['Offering grounding', 'Eyes-open choices', 'When grounding is not wanted'] },
  { title: 'Purposeful self-disclosure', phrases: ['purposeful self-disclosure', 'your recovery story', 'sharing briefly', 'how it landed'], headings: ['Before you share', 'Sharing briefly', 'Asking how it landed'] },
  { title: 'Working as a facilitator pair', phrases: ['your co-facilitator', 'agreed signals', 'dividing roles', 'the debrief'], headings: ['Dividing the roles', 'Signals between you', 'Debriefing after the session'] },
  { title: 'Two hats: facilitating and sharing', phrases: ['the dual role', 'sharing as an equal', 'holding the structure', 'mutuality'], headings: ['Wearing two hats', 'Sharing as an equal', 'When the hats clash'] },
  { title: 'The manual as a map', phrases: ['the manual', 'a map rather than a script', 'session themes', 'going off-manual'], headings: ['Reading the manual ahead', 'Following the map', 'When the group needs something else'] },
  { title: 'Airtime and rounds', phrases: ['airtime', 'rounds', 'passing', 'quieter voices'], headings: ['Using rounds', 'Passing is always allowed', 'When one voice fills the room'] },
  { title: 'Strong emotions in the group', phrases: ['strong emotions', 'the here and now', 'a gentle pause', 'follow-up'], headings: ['Staying in the here and now', 'Pausing gently', 'Following up afterwards'] },
  { title: 'Agreeing the companionship frame', phrases: ['companionship', 'the frame', 'agreed hours', 'meeting places'], headings: ['Agreeing the frame', 'Hours and channels', 'Reviewing the frame'] },
  { title: 'Boundaries and dual relationships', phrases: ['boundaries', 'gifts and money', 'social media', 'meeting by chance'], headings: ['Explaining a boundary', 'Gifts, money and favours', 'Meeting by chance'] },
  { title: 'Asking about suicide', phrases: ['asking directly about suicide', 'warning signs', 'staying with the person', 'the safety route'], headings: ['Noticing warning signs', 'Asking directly', 'Staying and using the safety route'] },
  { title: 'Signposting and the safety route', phrases: ['signposting', 'the safety route', 'support contacts', 'where peer support ends'], headings: ['Where peer support ends', 'Knowing the safety route', 'Signposting with care'] },
  { title: 'Preparing for supervision', phrases: ['supervision', 'role clarity', 'reflective notes', 'organisational backing'], headings: ['Why supervision matters', 'Bringing a question', 'Using what you learn'] },
  { title: 'Burnout and secondary stress', phrases: ['burnout', 'secondary stress', 'a wellbeing plan', 'rest'], headings: ['Early signs of running on empty', 'Making a wellbeing plan', 'Asking for backing'] },
  { title: 'Endings and handovers', phrases: ['endings', 'handovers', 'the last session', 'saying goodbye'], headings: ['Preparing for an ending', 'A careful handover', 'Marking the last session'] },
  { title: 'Personal recovery and hope', phrases: ['personal recovery', 'hope', 'what matters most', 'everyday life'], headings: ['What recovery can mean', 'Holding hope', 'Everyday life again'] },
  { title: 'Trauma-informed practice', phrases: ['a trauma-informed approach', 'safety', 'trustworthiness and transparency', 'choice'], headings: ['What happened, not what is wrong', 'Six principles in practice', 'Choice in small things'] },
  { title: 'The room and the agenda', phrases: ['the room', 'seating and exits', 'breaks', 'a predictable agenda'], headings: ['Setting up the room', 'A predictable agenda', 'Breaks as part of the plan'] },
];
