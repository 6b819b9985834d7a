import { forgetPlans } from '../graph/queries/plan-first.ts';
import type { PlanningGraph } from '../graph/queries/planned-reads.ts';
import type { Availability } from './database-availability.ts';

/**
 * The Neo4j that comes back after an outage may be a restarted one with no plans cached. Found
 * down, the API forgets its plans (on the way down, so an outage no request met counts too); back,
 * it plans again every statement it has read, the most read first, a few at a time, while the
 * requests that need one wait for it without holding a slot (graph/queries/planned-reads.ts).
 */
export function replanAfterOutage(availability: Availability, planning: PlanningGraph): void {
  availability.onDown(forgetPlans);
  availability.onBack(planning.replanKnown);
}
