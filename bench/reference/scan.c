// The yardstick for this machine: a plain scan of 1 000 000 vectors of 64 floats (256 MB),
// a dot product each against one query, keeping the best. Memory-bound; the issue measured about
// 23 ms on its machine. Prints the median of 15 scans in milliseconds.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define COUNT 1000000
#define DIM 64
#define RUNS 15

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(void) {
  float *vectors = aligned_alloc(64, sizeof(float) * (size_t)COUNT * DIM);
  float query[DIM];
  if (!vectors) return 1;
  unsigned state = 2026;
  for (size_t i = 0; i < (size_t)COUNT * DIM; i++) {
    state = state * 1103515245u + 12345u;
    vectors[i] = (float)(state >> 8) / (float)(1u << 24);
  }
  for (int d = 0; d < DIM; d++) query[d] = (float)(d % 7) / 7.0f;
  double times[RUNS];
  long best_at = -1;
  for (int run = 0; run < RUNS; run++) {
    double start = now_ms();
    float best = -1e30f;
    for (long i = 0; i < COUNT; i++) {
      const float *v = vectors + (size_t)i * DIM;
      float dot = 0;
      for (int d = 0; d < DIM; d++) dot += v[d] * query[d];
      if (dot > best) {
        best = dot;
        best_at = i;
      }
    }
    times[run] = now_ms() - start;
  }
  qsort(times, RUNS, sizeof(double), by_value);
  printf("%.2f %ld\n", times[RUNS / 2], best_at);
  free(vectors);
  return 0;
}
