import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApiLimits } from './api-limits.js';
import { QueryLimitError } from './query-limit-error.js';

type LimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX';

/** graphql-armor states the limit and what it found ("… limit of 10 exceeded, found 42."); we add the code and the flag. */
function reportAs(code: LimitCode, flag: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const message = `${error.message.replace(/^Syntax Error: /, '')} Ask for less, or raise ${flag} on the server.`;
    context?.reportError(new GraphQLError(message, { originalError: new QueryLimitError(code, message) }));
  };
}

/** Operations the schema has no root type for get a validation error, not an execution failure. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'mutation'
        ? schema.getMutationType()
        : node.operation === 'subscription'
          ? schema.getSubscriptionType()
          : schema.getQueryType();
    if (!root) {
      const message = `this API has no ${node.operation}s; send a query`;
      context.reportError(new GraphQLError(message, { nodes: [node], originalError: new QueryLimitError('BAD_REQUEST', message) }));
    }
  },
});

/** Depth and alias limits (graphql-armor) and operation types, run with graphql-js's own rules. */
export function limitRules(limits: ApiLimits): ValidationRule[] {
  return [
    knownOperationTypes,
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('QUERY_TOO_DEEP', '--max-depth')],
    }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reportAs('QUERY_TOO_COMPLEX', '--max-aliases')] }),
  ];
}
