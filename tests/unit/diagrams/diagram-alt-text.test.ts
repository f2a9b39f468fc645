import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagramAltText, diagramLabels } from '../../../src/diagrams/diagram-alt-text.ts';

/** A shape like Mermaid's flowchart SVG: edge labels drawn before the nodes, HTML labels in foreignObject. */
const flowchartSvg = `<svg xmlns="http://www.w3.org/2000/svg"><title>Ignored title</title><style>#m .node{fill:#eee}</style>
<g class="root"><g class="edgeLabels"><g class="edgeLabel"><foreignObject><div><span class="edgeLabel"><p>requeue after 5 s</p></span></div></foreignObject></g></g>
<g class="nodes"><g class="node"><foreignObject><div><span class="nodeLabel"><p>Watch<br>event</p></span></div></foreignObject></g>
<g class="node"><foreignObject><div><span class="nodeLabel"><p>Reconcile</p></span></div></foreignObject></g>
<g class="node"><foreignObject><div><span class="nodeLabel"><p>Reconcile</p></span></div></foreignObject></g></g></g></svg>`;

/** A shape like Mermaid's sequence diagram SVG: SVG text, actors drawn twice. */
const sequenceSvg = `<svg xmlns="http://www.w3.org/2000/svg"><g><text class="actor"><tspan>Controller</tspan></text></g>
<text class="messageText">watch</text><g><text class="actor"><tspan>Controller</tspan></text></g></svg>`;

test('labels: nodes first, then edges, each once, line breaks as spaces; style and title left out', () => {
	assert.deepEqual(diagramLabels(flowchartSvg), ['Watch event', 'Reconcile', 'requeue after 5 s']);
	assert.deepEqual(diagramLabels(sequenceSvg), ['Controller', 'watch']);
	assert.deepEqual(diagramLabels('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'), []);
});

test('alt text: the author\'s title and description first, else the kind and the labels', () => {
	assert.equal(diagramAltText('Flowchart', { title: 'Operator lifecycle', description: 'Loaded on an event, unloaded when idle.', labels: ['Load'] }), 'Operator lifecycle: Loaded on an event, unloaded when idle.');
	assert.equal(diagramAltText('Flowchart', { title: 'Operator lifecycle', labels: ['Load'] }), 'Operator lifecycle.');
	assert.equal(diagramAltText('Flowchart', { description: '  The loop.  ', labels: [] }), 'The loop.');
	assert.equal(diagramAltText('Sequence', { labels: ['Controller', 'watch'] }), 'Sequence diagram: Controller, watch');
	assert.equal(diagramAltText('Pie chart', { labels: [] }), 'Pie chart diagram');
});
