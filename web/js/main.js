import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { api } from './api.js';

const status = document.getElementById('status');
const picker = document.getElementById('account');

async function show(accountId) {
  status.textContent = 'Loading…';
  const graph = await api.graph(accountId);
  cytoscape({
    container: document.getElementById('map'),
    elements: graph.elements,
    layout: { name: 'cose', animate: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 8 } },
      { selector: 'edge[type = "INFLUENCES"]', style: { 'line-style': 'dashed', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
    ],
  });
  status.textContent = `${graph.elements.nodes.length} people, ${graph.elements.edges.length} ties`;
}

const accounts = await api.accounts();
for (const a of accounts) {
  const option = document.createElement('option');
  option.value = a.id;
  option.textContent = a.name;
  picker.append(option);
}
picker.addEventListener('change', () => show(picker.value));
if (accounts.length) show(accounts[0].id);
else status.textContent = 'No accounts yet';
