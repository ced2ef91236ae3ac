import type { BroadcastContent } from '../../src/reminders/deliveryEngine';

/** Renders a tiny card per target; the report lists each target's status. */
export const tinyContent: BroadcastContent = {
  render: (job, target) =>
    Promise.resolve({
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: `${job.title} for ${target.label}` }],
      },
      summary: job.title,
    }),
  report: (job, deliveries) => ({
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: deliveries.map((d) => ({ type: 'TextBlock', text: `${d.target.label}: ${d.status}` })),
    },
    summary: `${job.title}: ${deliveries.filter((d) => d.status === 'delivered').length} delivered`,
  }),
};
