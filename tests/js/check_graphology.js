// Parses kg's GraphML and GEXF with graphology-graphml / graphology-gexf (the
// parsers behind Gephi Lite) and checks counts and attributes against the
// node-link graph they were exported from.
// usage: node check_graphology.js FILE.graphml FILE.gexf GRAPH.json
'use strict';
const fs = require('fs');
const assert = require('assert');
const {MultiDirectedGraph} = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');

const [graphmlPath, gexfPath, jsonPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
const clean = s => [...s].filter(c => c >= ' ' || c === '\t' || c === '\n').join('');
const COLORS = {PERSON: '#4e79a7', COUNTRY: '#e15759', ORGANIZATION: '#59a14f', LOCATION: '#f28e2b', EVENT: '#b07aa1'};
const best = ev => ev.reduce((b, e) => (b === null || e.confidence > b.confidence ? e : b), null);

function checkCommon(g, format) {
  assert.strictEqual(g.type, 'directed', `${format}: graph type ${g.type}`);
  assert.strictEqual(g.order, data.nodes.length, `${format}: ${g.order} nodes`);
  assert.strictEqual(g.size, data.links.length, `${format}: ${g.size} edges (a merged edge loses a relation)`);
  for (const n of data.nodes) {
    const a = g.getNodeAttributes('n' + n.id);
    assert.strictEqual(a.label, clean(n.label), `${format}: node n${n.id} label`);
    assert.strictEqual(a.entity_type, n.type, `${format}: node n${n.id} entity_type`);
    assert.strictEqual(a.mentions, n.mentions, `${format}: node n${n.id} mentions`);
    // GraphML carries '#rrggbb'; GEXF viz:color r/g/b (what Gephi desktop reads) comes out as rgb().
    const hex = COLORS[n.type];
    const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;
    assert.strictEqual(a.color, format === 'gexf' ? rgb : hex, `${format}: node n${n.id} color`);
    assert.strictEqual(typeof a.size, 'number', `${format}: node n${n.id} size`);
    assert.ok(!('type' in a), `${format}: node n${n.id} has a 'type' attribute`);
  }
  data.links.forEach((l, i) => {
    const id = 'e' + i;
    assert.ok(g.hasEdge(id), `${format}: no edge ${id}`);
    assert.strictEqual(g.source(id), 'n' + l.source, `${format}: ${id} source`);
    assert.strictEqual(g.target(id), 'n' + l.target, `${format}: ${id} target`);
    const a = g.getEdgeAttributes(id);
    assert.strictEqual(a.label, l.relation, `${format}: ${id} label`);
    assert.strictEqual(a.relation, l.relation, `${format}: ${id} relation`);
    assert.strictEqual(a.weight, Math.max(1, l.evidence.length), `${format}: ${id} weight`);
    assert.strictEqual(a.evidence_count, l.evidence.length, `${format}: ${id} evidence_count`);
    assert.strictEqual(a.symmetric, l.relation === 'met_with', `${format}: ${id} symmetric`);
    assert.ok(Math.abs(a.confidence - l.confidence) < 1e-6, `${format}: ${id} confidence ${a.confidence}`);
    const b = best(l.evidence);
    if (b) assert.strictEqual(a.evidence, clean(b.text), `${format}: ${id} evidence`);
    if (l.what) assert.strictEqual(a.what, clean(l.what), `${format}: ${id} what`);
  });
}

const gm = graphml.parse(MultiDirectedGraph, fs.readFileSync(graphmlPath, 'utf8'));
checkCommon(gm, 'graphml');
assert.strictEqual(gm.getAttribute('kg_format'), 'kg-graphml');

const gx = gexf.parse(MultiDirectedGraph, fs.readFileSync(gexfPath, 'utf8'));
checkCommon(gx, 'gexf');
data.links.forEach((l, i) => assert.strictEqual(gx.getEdgeAttribute('e' + i, 'kind'), l.relation, `gexf: e${i} kind`));
for (const n of data.nodes) {
  const aliases = gx.getNodeAttribute('n' + n.id, 'aliases');
  if (n.aliases.length) assert.deepStrictEqual(aliases, n.aliases.map(clean), `gexf: n${n.id} aliases`);
}
console.log(`graphology ok: GraphML and GEXF each ${gm.order} nodes, ${gm.size} edges with attributes`);
