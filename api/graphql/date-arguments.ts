import { getNamedType, Kind, type ValidationRule, type ValueNode } from 'graphql';
import { isIsoDate } from '../../graph/vocabulary/index.ts';
import { badUserInput } from './errors.ts';

/**
 * Refuses a Date literal that is not a real YYYY-MM-DD date, naming the argument (a scalar's own
 * parser never learns which argument it parses). Dates passed as variables are checked by the
 * scalar, and Apollo's message names the variable.
 */
export const DateArgumentsRule: ValidationRule = (context) => ({
  Argument(node) {
    const arg = context.getArgument();
    if (!arg || getNamedType(arg.type).name !== 'Date') return;
    const values: readonly ValueNode[] = node.value.kind === Kind.LIST ? node.value.values : [node.value];
    for (const v of values) {
      if (v.kind === Kind.STRING && !isIsoDate(v.value)) {
        context.reportError(badUserInput(arg.name, `must be a real date written YYYY-MM-DD, got "${v.value}".`, { nodes: v }));
      }
    }
  },
});
