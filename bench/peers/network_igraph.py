#!/usr/bin/python3
"""python-igraph peer for bench/network.bench.ts.

Usage: network_igraph.py EDGE_FILE N FIGURE [FIGURE ...]
EDGE_FILE has one tie per line, "source target weight" (0-based). Figures: pagerank, louvain, clustering,
constraint, eigenvector, betweenness. Prints one JSON object: {"<figure>Ms": milliseconds, ...} plus
"louvainModularity", the igraph version and the best of RUNS runs per figure (igraph is deterministic C; the
best run is its warm time). Needs Debian's python3-igraph (apt-get install -y python3-igraph).
"""
import json
import sys
import time

import igraph as ig

RUNS = {'pagerank': 3, 'louvain': 3, 'clustering': 3, 'constraint': 1, 'eigenvector': 3, 'betweenness': 1}


def main():
    path, n, figures = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    edges, weights = [], []
    with open(path) as f:
        for line in f:
            s, t, w = line.split()
            edges.append((int(s), int(t)))
            weights.append(float(w))
    g = ig.Graph(n=n, edges=edges)
    g.es['weight'] = weights
    out = {'igraphVersion': ig.__version__}
    runs = {
        'pagerank': lambda: g.pagerank(weights='weight', damping=0.85),
        'louvain': lambda: g.community_multilevel(weights='weight'),
        'clustering': lambda: g.transitivity_local_undirected(mode='zero'),
        'constraint': lambda: g.constraint(weights='weight'),
        'eigenvector': lambda: g.eigenvector_centrality(scale=True, weights='weight'),
        'betweenness': lambda: g.betweenness(directed=False),
    }
    for figure in figures:
        best = None
        for _ in range(RUNS[figure]):
            start = time.perf_counter()
            result = runs[figure]()
            ms = (time.perf_counter() - start) * 1000
            best = ms if best is None else min(best, ms)
            if figure == 'louvain':
                out['louvainModularity'] = max(out.get('louvainModularity', -1), result.modularity)
        out[f'{figure}Ms'] = best
        print(json.dumps({'progress': figure, 'ms': best}), file=sys.stderr, flush=True)
    print(json.dumps(out))


if __name__ == '__main__':
    main()
