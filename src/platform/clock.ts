/** The only place that reads the clock for dates; rules get the date as a parameter. */
import { Temporal } from 'temporal-polyfill';

/** Today in the Netherlands, as 'YYYY-MM-DD'. */
export const vandaag = (): string => Temporal.Now.plainDateISO('Europe/Amsterdam').toString();
