#!/usr/bin/python3
"""Oracle fixtures for the network-analytics engine.

Computes the expected value of every MemberMetrics and NetworkMetrics field with networkx (cross-checked
against python-igraph where both implement the same definition) and writes one JSON file per graph into
src/server/modules/network-analytics/engine/fixtures/. The TypeScript tests read only the JSON, so CI needs
no Python. Regenerate with the Debian packages (system python, not a pyenv one):

    apt-get install -y python3-igraph python3-networkx python3-scipy
    /usr/bin/python3 scripts/oracles/generate_network_fixtures.py

The files are then formatted with the repository's prettier (npx prettier --write), as `npm run lint` checks.

Graphs
  karate               Zachary's karate club (networkx karate_club_graph), ties unweighted (weight 1)
  karate-weighted      the same ties with networkx's 'weight' attribute (Zachary's interaction counts)
  florentine-business  Padgett's Florentine families, BUSINESS ties (not networkx's florentine_families_graph,
                       which is the marriage network), 16 families including the 5 without business ties
  planted-partition    300 members in 5 planted groups, integer weights 1-5, seeded
  disconnected         several components: a weighted barbell with a bridge path, a star, a tree, a path,
                       a clique, and isolates (articulation points and NaN constraint)

Conventions (the engine's): path metrics on the unweighted topology; PageRank (0.85), eigenvector (max = 1),
constraint, effective size and Louvain on weights. NaN (constraint/effective size of isolates) is written null.
"""
import json
import warnings
import math
import os
import random
import subprocess

import igraph as ig
import networkx as nx
import numpy as np

warnings.simplefilter('ignore', FutureWarning)  # nx.google_matrix's np.matrix notice

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'server', 'modules', 'network-analytics',
                   'engine', 'fixtures')

# Padgett's Florentine families: the business relation PADGB of UCINET's PADGETT dataset (Padgett & Ansell
# 1993, "Robust action and the rise of the Medici, 1400-1434", American Journal of Sociology 98(6):1259-1319;
# the 16-family subset used by Breiger & Pattison 1986, "Cumulated social roles: the duality of persons and
# their algebras", Social Networks 8:215-256). 15 symmetric ties among 11 families; Acciaiuoli, Albizzi,
# Pucci, Ridolfi and Strozzi have no business ties. Family order as in UCINET.
FAMILIES = ['Acciaiuoli', 'Albizzi', 'Barbadori', 'Bischeri', 'Castellani', 'Ginori', 'Guadagni', 'Lamberteschi',
            'Medici', 'Pazzi', 'Peruzzi', 'Pucci', 'Ridolfi', 'Salviati', 'Strozzi', 'Tornabuoni']
BUSINESS_TIES = [
    ('Barbadori', 'Castellani'), ('Barbadori', 'Ginori'), ('Barbadori', 'Medici'), ('Barbadori', 'Peruzzi'),
    ('Bischeri', 'Guadagni'), ('Bischeri', 'Lamberteschi'), ('Bischeri', 'Peruzzi'),
    ('Castellani', 'Lamberteschi'), ('Castellani', 'Peruzzi'),
    ('Ginori', 'Medici'), ('Guadagni', 'Lamberteschi'), ('Lamberteschi', 'Peruzzi'),
    ('Medici', 'Pazzi'), ('Medici', 'Salviati'), ('Medici', 'Tornabuoni'),
]
SECTORS = ['manufacturing', 'retail', 'services', 'logistics']


def r12(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float('%.12g' % x)


def karate(weighted):
    g = nx.karate_club_graph()
    h = nx.Graph()
    h.add_nodes_from(range(g.number_of_nodes()))
    for u, v, d in g.edges(data=True):
        h.add_edge(u, v, weight=float(d['weight']) if weighted else 1.0)
    sectors = [g.nodes[v]['club'] for v in range(g.number_of_nodes())]
    return h, sectors, None


def florentine_business():
    h = nx.Graph()
    h.add_nodes_from(range(len(FAMILIES)))
    for a, b in BUSINESS_TIES:
        h.add_edge(FAMILIES.index(a), FAMILIES.index(b), weight=1.0)
    assert h.number_of_edges() == 15 and sum(1 for v in h if h.degree(v) > 0) == 11
    return h, None, FAMILIES


def planted_partition(rng):
    n, groups = 300, 5
    group = [v % groups for v in range(n)]
    h = nx.Graph()
    h.add_nodes_from(range(n))
    for u in range(n):
        for v in range(u + 1, n):
            p = 0.08 if group[u] == group[v] else 0.006
            if rng.random() < p:
                h.add_edge(u, v, weight=float(rng.randint(1, 5)))
    sectors = [SECTORS[group[v] % 4] if rng.random() < 0.8 else (None if rng.random() < 0.5 else rng.choice(SECTORS))
               for v in range(n)]
    return h, sectors, None


def disconnected(rng):
    h = nx.Graph()
    h.add_nodes_from(range(60))
    # Barbell: cliques 0-5 and 9-14 joined by the path 5-6-7-8-9 (articulation points 5..9), weighted.
    for block in (range(0, 6), range(9, 15)):
        for u in block:
            for v in block:
                if u < v:
                    h.add_edge(u, v, weight=float(rng.randint(1, 4)))
    for u, v in [(5, 6), (6, 7), (7, 8), (8, 9)]:
        h.add_edge(u, v, weight=2.0)
    for leaf in range(16, 24):  # star centred on 15
        h.add_edge(15, leaf, weight=float(rng.randint(1, 3)))
    for v in range(25, 37):  # random tree on 24..36
        h.add_edge(v, rng.randint(24, v - 1), weight=1.0)
    for v in range(38, 45):  # path 37..44
        h.add_edge(v - 1, v, weight=1.5)
    for u in range(45, 50):  # clique 45..49, one triangle-free pendant 50
        for v in range(u + 1, 50):
            h.add_edge(u, v, weight=1.0)
    h.add_edge(49, 50, weight=3.0)
    # 51..59 stay isolated
    sectors = [rng.choice(SECTORS + [None]) for _ in range(60)]
    return h, sectors, None


def directed_arcs(h, rng):
    arcs = []
    for u, v in h.edges():
        roll = rng.random()
        if roll < 0.35:
            arcs += [[u, v], [v, u]]
        elif roll < 0.65:
            arcs.append([u, v])
        elif roll < 0.9:
            arcs.append([v, u])
    arcs += arcs[:3]  # duplicates count once
    return arcs


def eigenvector_max1(h, n):
    a = nx.to_numpy_array(h, nodelist=range(n), weight='weight')
    values, vectors = np.linalg.eigh(a)
    assert values[-1] - values[-2] > 1e-6, 'leading eigenvalue must be simple'
    x = np.abs(vectors[:, -1])
    x = x / x.max()
    if h.number_of_edges() > 0 and nx.is_connected(h):
        other = np.array(ig.Graph.from_networkx(h).eigenvector_centrality(scale=True, weights='weight'))
        assert np.allclose(x, other, atol=1e-6), 'igraph eigenvector disagrees'
    return [r12(v) for v in x]


def pagerank_exact(h, n):
    x = nx.pagerank(h, alpha=0.85, weight='weight', tol=1e-14, max_iter=100000)
    gm = np.asarray(nx.google_matrix(h, alpha=0.85, nodelist=range(n), weight='weight'))
    # Stationary distribution of the Google matrix: solve (G^T - I) x = 0 with sum x = 1.
    m = gm.T - np.eye(n)
    m[-1, :] = 1
    rhs = np.zeros(n)
    rhs[-1] = 1
    exact = np.linalg.solve(m, rhs)
    assert max(abs(exact[v] - x[v]) for v in range(n)) < 1e-9
    return [r12(v) for v in exact]


def network_metrics(h, n, sectors, arcs, louvain_q, louvain_count):
    comps = list(nx.connected_components(h))
    dist_sum = pairs = 0
    diameter = 0
    for comp in comps:
        sub = h.subgraph(comp)
        for s, lengths in nx.all_pairs_shortest_path_length(sub):
            for t, d in lengths.items():
                if t != s:
                    dist_sum += d
                    pairs += 1
                    diameter = max(diameter, d)
    degrees = [h.degree(v) for v in range(n)]
    centralization = sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n > 2 else 0
    assortativity = None
    if sectors is not None:
        keep = [v for v in range(n) if sectors[v] is not None]
        sub = h.subgraph(keep).copy()
        nx.set_node_attributes(sub, {v: sectors[v] for v in keep}, 'sector')
        value = nx.attribute_assortativity_coefficient(sub, 'sector')
        assortativity = None if math.isnan(value) else r12(value)
    reciprocity = None
    if arcs is not None:
        d = nx.DiGraph()
        d.add_edges_from(arcs)
        reciprocity = r12(nx.reciprocity(d))
    return {
        'members': n,
        'ties': h.number_of_edges(),
        'density': r12(nx.density(h)),
        'components': len(comps),
        'largestComponent': max(len(c) for c in comps),
        'averagePathLength': r12(dist_sum / pairs if pairs else 0),
        'diameter': diameter,
        'diameterExact': True,
        'degreeCentralization': r12(centralization),
        'reciprocity': reciprocity,
        'sectorAssortativity': assortativity,
        'modularity': r12(louvain_q),
        'communities': louvain_count,
    }


def fixture(name, description, h, sectors, labels, rng):
    n = h.number_of_nodes()
    assert sorted(h.nodes()) == list(range(n))
    arcs = directed_arcs(h, rng)
    gi = ig.Graph(n=n, edges=list(h.edges()))
    gi.es['weight'] = [h[u][v]['weight'] for u, v in h.edges()]

    betweenness = nx.betweenness_centrality(h, normalized=True)
    ig_bc = gi.betweenness(directed=False)
    pairs = (n - 1) * (n - 2) / 2
    assert all(abs(betweenness[v] - ig_bc[v] / pairs) < 1e-9 for v in range(n))
    harmonic = nx.harmonic_centrality(h)
    clustering = nx.clustering(h)
    ig_cc = gi.transitivity_local_undirected(mode='zero')
    assert all(abs(clustering[v] - ig_cc[v]) < 1e-9 for v in range(n))
    constraint = nx.constraint(h, weight='weight')
    effective = nx.effective_size(h, weight='weight')
    cores = nx.core_number(h)
    cut = set(nx.articulation_points(h))

    best = None
    for seed in range(10):
        random.seed(seed)
        ig.set_random_number_generator(random)
        q = gi.community_multilevel(weights='weight').modularity
        first = q if seed == 0 else first
        best = q if best is None else max(best, q)
    random.seed(0)
    ig.set_random_number_generator(random)
    partition = gi.community_multilevel(weights='weight')

    expected = {
        'degree': [h.degree(v) for v in range(n)],
        'weightedDegree': [r12(h.degree(v, weight='weight')) for v in range(n)],
        'betweenness': [r12(betweenness[v]) for v in range(n)],
        'harmonicCloseness': [r12(harmonic[v] / (n - 1)) for v in range(n)],
        'pagerank': pagerank_exact(h, n),
        'eigenvector': eigenvector_max1(h, n),
        'clustering': [r12(clustering[v]) for v in range(n)],
        'constraint': [r12(constraint[v]) for v in range(n)],
        'effectiveSize': [r12(effective[v]) for v in range(n)],
        'coreNumber': [cores[v] for v in range(n)],
        'articulation': [1 if v in cut else 0 for v in range(n)],
        'louvain': {'igraphModularity': r12(first), 'igraphBestModularity': r12(best),
                    'igraphCommunities': len(partition), 'runs': 10},
        'network': network_metrics(h, n, sectors, arcs, partition.modularity, len(partition)),
    }
    data = {
        'name': name,
        'description': description,
        'n': n,
        'edges': [[u, v, h[u][v]['weight']] for u, v in sorted(h.edges())],
        'labels': labels,
        'sectors': sectors,
        'directedArcs': arcs,
        'expected': expected,
    }
    path = os.path.join(OUT, f'{name}.json')
    with open(path, 'w') as out:
        json.dump(data, out, separators=(',', ':'))
        out.write('\n')
    print(f'{name}: n={n} ties={h.number_of_edges()} igraph Q={first:.4f} best={best:.4f} -> {path}')


def main():
    rng = random.Random(20260611)
    os.makedirs(OUT, exist_ok=True)
    fixture('karate', "Zachary's karate club, unweighted (weight 1); sectors = club", *karate(False), rng)
    fixture('karate-weighted', "Zachary's karate club with networkx's interaction-count weights", *karate(True), rng)
    fixture('florentine-business', "Padgett's Florentine families, business ties (UCINET PADGB)",
            *florentine_business(), rng)
    fixture('planted-partition', 'Seeded planted partition: 300 members, 5 groups, weights 1-5',
            *planted_partition(rng), rng)
    fixture('disconnected', 'Barbell, star, tree, path, clique with pendant, isolates; weighted',
            *disconnected(rng), rng)
    root = os.path.join(os.path.dirname(__file__), '..', '..')
    subprocess.run(['npx', 'prettier', '--write', os.path.relpath(OUT, root)], cwd=root, check=True)


if __name__ == '__main__':
    main()
