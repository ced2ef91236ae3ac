import type { EngineContent } from '../../src/reminders/deliveryEngine';

/** A tiny message per target; the report lists each target's status. */
export const tinyContent: EngineContent = {
  render: (job, target) =>
    Promise.resolve({
      kind: 'message',
      title: `${job.title} for ${target.label}`,
      text: '',
      suggestions: [],
    }),
  report: (job, deliveries) => ({
    kind: 'message',
    title: `${job.title}: ${deliveries.filter((d) => d.status === 'delivered').length} delivered`,
    text: deliveries.map((d) => `${d.target.label}: ${d.status}`).join('; '),
    suggestions: [],
  }),
};
