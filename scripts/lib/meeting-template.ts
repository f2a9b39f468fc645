/** The Markdown a new meeting note starts from, shaped like the existing notes. */
import { type CalendarDate, shortDayMonthYear } from './calendar-date.ts';

/**
 * Returns the note's text: the title in the notes' style, then Preparation and Meeting sections.
 * @param date e.g. `{ year: 2024, month: 11, day: 4 }` -> `# Notes - Meeting 04/11/24 ...`
 */
export function meetingTemplate(date: CalendarDate): string {
	return `# Notes - Meeting ${shortDayMonthYear(date)}

## Preparation

### Current progress

<!-- What was done since the last meeting, as a list. -->

### Subjects to discuss

#### Suggestions for next goals

<!-- What you would like to do next, and questions for the supervisors. -->

## Meeting

### Remarks

<!-- What was said during the meeting. -->

### Next steps

<!-- What was agreed for the next sprint. -->
`;
}
