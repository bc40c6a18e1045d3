#!/usr/bin/env python3
"""Times networkx on the influence graph a Powermap benchmark wrote, for the baseline in BENCHMARKS.md.

Input (JSON, written by src/test/java/io/powermap/bench/AnalysisBenchmark.java):
  n, edges [[from, to, weight], ...] (the influence graph exactly as InfluenceAnalysis.influenceGraph
  builds it: a->b strength x confidence, boss->report 1.0, parallel edges already summed),
  personalization [n values] (APPROVER 3, DECISION_MAKER 2, EVALUATOR 1, else 0).

It times, over --repeat runs (after one warm-up run unless --no-warmup):
  build        DiGraph construction with weight and cost = 1/weight
  pagerank     nx.pagerank on the reversed ("listens-to") graph, alpha 0.85, weight="weight"
  personalized the same with the personalization as teleport vector
  betweenness  nx.betweenness_centrality(G, weight="cost", normalized=True)
with the tolerance given by --tol (default 1e-13, the tolerance Powermap's PageRank runs at, so both
sides compute the same numbers). Prints {"networkx": version, "runs": {name: [seconds...]}} as JSON
on stdout; with --scores FILE it also writes the last run's scores (for an agreement check).

    python3 scripts/bench_networkx.py graph.json [--repeat 3] [--tol 1e-13] [--scores out.json]
"""
import argparse
import json
import sys
import time

import networkx as nx


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tol", type=float, default=1e-13)
    ap.add_argument("--no-warmup", action="store_true")
    ap.add_argument("--scores")
    args = ap.parse_args()
    with open(args.graph) as f:
        data = json.load(f)
    n = data["n"]
    edges = data["edges"]
    pers = {i: float(p) for i, p in enumerate(data["personalization"]) if p != 0}

    runs = {"build": [], "pagerank": [], "personalized": [], "betweenness": []}
    result = {}
    for r in range((0 if args.no_warmup else 1) + args.repeat):
        t0 = time.perf_counter()
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        for u, v, w in edges:
            g.add_edge(u, v, weight=w, cost=1.0 / w)
        listens_to = g.reverse(copy=False)
        t1 = time.perf_counter()
        pr = nx.pagerank(listens_to, alpha=0.85, weight="weight", tol=args.tol, max_iter=10000)
        t2 = time.perf_counter()
        ppr = nx.pagerank(listens_to, alpha=0.85, personalization=pers or None, weight="weight",
                          tol=args.tol, max_iter=10000)
        t3 = time.perf_counter()
        bc = nx.betweenness_centrality(g, weight="cost", normalized=True)
        t4 = time.perf_counter()
        if r >= (0 if args.no_warmup else 1):
            runs["build"].append(t1 - t0)
            runs["pagerank"].append(t2 - t1)
            runs["personalized"].append(t3 - t2)
            runs["betweenness"].append(t4 - t3)
        result = {"pagerank": [pr[i] for i in range(n)], "personalized": [ppr[i] for i in range(n)],
                  "betweenness": [bc[i] for i in range(n)]}
    if args.scores:
        with open(args.scores, "w") as f:
            json.dump(result, f)
    json.dump({"networkx": nx.__version__, "python": sys.version.split()[0], "tol": args.tol,
               "runs": runs}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
