#!/usr/bin/env python3
"""Writes the networkx reference fixtures for io.powermap.analysis.algo.

Each fixture is src/test/resources/reference/<name>.json:
  n, nodes (names), edges [[from, to, weight], ...] (node indices, parallel edges already summed,
  no self-loops), personalization [n values], and the networkx results
  pagerank, personalized (alpha 0.85, weight="weight", dangling=None) and
  betweenness (weight="cost" with cost = 1/weight, normalized=True, directed),
  plus louvain: a networkx Louvain partition of the symmetrised graph and its modularity.
index.json lists the fixture names. ReferenceMetricsTest reads the committed files; CI never runs
this script. Re-run it only to add or change fixtures:

    python3 scripts/reference_metrics.py [--florentine DIR] [--out DIR]

Only APIs stable across networkx 2.8 - 3.x are used.
"""
import argparse
import csv
import json
import os
import random
import sys

import networkx as nx

ALPHA = 0.85
TOL = 1e-13           # networkx stops when the L1 change < n * tol
MAX_ITER = 10000
SEED = 20240611


def strength_confidence(rng):
    # The product's INFLUENCES weight: strength 1..3 times confidence 0.1..1 (two decimals).
    return rng.randint(1, 3) * round(rng.uniform(0.1, 1.0), 2)


def compute(name, nodes, edges, personalization, description):
    """edges: list of (from, to, weight) index triples; duplicates are summed here, in order."""
    n = len(nodes)
    summed = {}
    for u, v, w in edges:
        if u == v:
            raise ValueError("self-loop in " + name)
        if w <= 0:
            raise ValueError("weights must be > 0 (cost = 1/weight)")
        summed[(u, v)] = summed.get((u, v), 0.0) + float(w)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for (u, v), w in summed.items():   # dict keeps first-insertion order, like the Java builder
        g.add_edge(u, v, weight=w, cost=1.0 / w)

    pr = nx.pagerank(g, alpha=ALPHA, weight="weight", tol=TOL, max_iter=MAX_ITER)
    pers = {i: float(p) for i, p in enumerate(personalization) if p != 0}
    ppr = nx.pagerank(g, alpha=ALPHA, personalization=pers, weight="weight",
                      tol=TOL, max_iter=MAX_ITER)
    bc = nx.betweenness_centrality(g, weight="cost", normalized=True)

    # Communities: networkx Louvain on the symmetrised graph (weight(u,v) + weight(v,u)), as a
    # quality yardstick for the Java Louvain (networkx shuffles nodes, so only modularity compares).
    h = nx.Graph()
    h.add_nodes_from(range(n))
    for (u, v), w in summed.items():
        if h.has_edge(u, v):
            h[u][v]["weight"] += w
        else:
            h.add_edge(u, v, weight=w)
    louvain = None
    if h.number_of_edges() > 0:
        best = None
        for seed in range(5):
            parts = nx.community.louvain_communities(h, weight="weight", seed=seed)
            q = nx.community.modularity(h, parts, weight="weight")
            if best is None or q > best[1]:
                best = (parts, q)
        membership = [0] * n
        for c, members in enumerate(sorted(best[0], key=min)):
            for v in members:
                membership[v] = c
        louvain = {"partition": membership, "modularity": best[1]}

    return {
        "name": name,
        "description": description,
        "generator": {"networkx": nx.__version__, "alpha": ALPHA, "tol": TOL, "seed": SEED},
        "n": n,
        "nodes": nodes,
        "edges": [[u, v, w] for (u, v), w in summed.items()],
        "personalization": [float(p) for p in personalization],
        "pagerank": [pr[i] for i in range(n)],
        "personalized": [ppr[i] for i in range(n)],
        "betweenness": [bc[i] for i in range(n)],
        "louvain": louvain,
    }


def florentine(directory, which):
    with open(os.path.join(directory, "attributes.csv"), newline="") as f:
        families = [row["family"] for row in csv.DictReader(f)]
    index = {name: i for i, name in enumerate(families)}
    edges = []
    with open(os.path.join(directory, which + "_edges.csv"), newline="") as f:
        for row in csv.DictReader(f):
            a, b = index[row["family1"]], index[row["family2"]]
            edges.append((a, b, 1.0))   # an undirected tie is two directed edges of weight 1
            edges.append((b, a, 1.0))
    pers = [0.0] * len(families)
    pers[index["Strozzi"]] = 3
    pers[index["Peruzzi"]] = 2
    pers[index["Pucci"]] = 1          # an isolate: dangling and personalised
    return compute("florentine_" + which, families, edges, pers,
                   "Padgett's Florentine families, %s ties as two directed edges of weight 1, "
                   "all 16 families" % which)


def dangling_weighted(rng):
    n = 40
    edges = []
    for u in range(n):
        if u % 7 == 3:
            continue                    # dangling: no out-edges
        for v in rng.sample([x for x in range(n) if x != u], rng.randint(1, 4)):
            edges.append((u, v, strength_confidence(rng)))
    pers = [0.0] * n
    pers[0], pers[3], pers[11] = 3, 2, 1  # node 3 is dangling
    return compute("dangling_weighted", ["d%d" % i for i in range(n)], edges, pers,
                   "40 nodes, every 7th node (3, 10, 17, ...) dangling, weights strength x confidence")


def disconnected(rng):
    edges = []
    # component A: 10 nodes, a weighted directed cycle with chords
    for i in range(10):
        edges.append((i, (i + 1) % 10, strength_confidence(rng)))
        if i % 3 == 0:
            edges.append((i, (i + 4) % 10, strength_confidence(rng)))
    # component B: 8 nodes, a DAG (sinks are dangling)
    for i in range(10, 18):
        for j in range(i + 1, 18):
            if rng.random() < 0.35:
                edges.append((i, j, strength_confidence(rng)))
    # component C: 6 nodes, complete digraph
    for i in range(18, 24):
        for j in range(18, 24):
            if i != j:
                edges.append((i, j, strength_confidence(rng)))
    n = 26                               # 24 and 25 are isolates
    pers = [0.0] * n
    pers[2], pers[12], pers[25] = 3, 2, 1
    return compute("disconnected", ["c%d" % i for i in range(n)], edges, pers,
                   "three components (cycle with chords, DAG, complete digraph) and two isolates")


def random_300(rng):
    n, m = 300, 3000
    pairs = set()
    edges = []
    while len(pairs) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and (u, v) not in pairs:
            pairs.add((u, v))
            edges.append((u, v, strength_confidence(rng)))
    ordered = list(pairs)
    ordered.sort()
    for u, v in rng.sample(ordered, 150):  # parallel ties (two sources for one relation)
        edges.append((u, v, strength_confidence(rng)))
    pers = [0.0] * n
    pers[7], pers[42], pers[199] = 3, 2, 1
    return compute("random_300", ["r%d" % i for i in range(n)], edges, pers,
                   "300 nodes, 3000 distinct edges, 150 of them with a parallel edge (summed), "
                   "weights strength(1..3) x confidence(0.1..1)")


def ties_grid(rng):
    # A directed 7x7 grid (right and down, weight 1 = cost 1) with some cost-2 diagonals
    # (weight 0.5) and cost-2 back edges: many exactly equal shortest paths, all sums exact.
    k = 7
    idx = lambda r, c: r * k + c
    edges = []
    for r in range(k):
        for c in range(k):
            if c + 1 < k:
                edges.append((idx(r, c), idx(r, c + 1), 1.0))
            if r + 1 < k:
                edges.append((idx(r, c), idx(r + 1, c), 1.0))
            if r + 1 < k and c + 1 < k and rng.random() < 0.3:
                edges.append((idx(r, c), idx(r + 1, c + 1), 0.5))
            if r > 0 and rng.random() < 0.15:
                edges.append((idx(r, c), idx(r - 1, c), 0.5))
    n = k * k
    pers = [0.0] * n
    pers[0], pers[24], pers[48] = 3, 2, 1
    return compute("ties_grid", ["g%d_%d" % (i // k, i % k) for i in range(n)], edges, pers,
                   "7x7 directed grid with dyadic costs: many exactly tied shortest paths")


def float_ties(rng):
    # Costs 0.1..0.5 (weights 10, 5, 10/3, 2.5, 2): sums such as 0.1 + 0.2 and 0.3 differ in the
    # last bit, so paths that tie on paper do not tie in floating point; networkx compares exactly.
    n = 30
    weights = [10.0, 5.0, 10.0 / 3.0, 2.5, 2.0]
    edges = []
    for u in range(n):
        for v in rng.sample([x for x in range(n) if x != u], 4):
            edges.append((u, v, rng.choice(weights)))
    pers = [0.0] * n
    pers[1], pers[2], pers[3] = 3, 2, 1
    return compute("float_ties", ["f%d" % i for i in range(n)], edges, pers,
                   "30 nodes, costs in {0.1..0.5}: near-ties that floating point breaks")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--florentine", default="/work/shared/data/florentine_families")
    ap.add_argument("--out", default=os.path.join(here, "..", "src", "test", "resources", "reference"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    rng = random.Random(SEED)
    fixtures = [
        florentine(args.florentine, "marriage"),
        florentine(args.florentine, "business"),
        dangling_weighted(rng),
        disconnected(rng),
        random_300(rng),
        ties_grid(rng),
        float_ties(rng),
    ]
    for fx in fixtures:
        with open(os.path.join(args.out, fx["name"] + ".json"), "w") as f:
            json.dump(fx, f, indent=1)
            f.write("\n")
        print("%-20s n=%-4d m=%-5d" % (fx["name"], fx["n"], len(fx["edges"])), file=sys.stderr)
    with open(os.path.join(args.out, "index.json"), "w") as f:
        json.dump([fx["name"] for fx in fixtures], f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
