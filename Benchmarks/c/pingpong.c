/*
 * pingpong — the physical floor for zcd's ping: a C server and client exchanging the frames zcd and
 * `zcctl bench --workload ping` exchange, over a Unix socket, with nothing else in the way.
 *
 * Frames are a 4-byte big-endian length and a JSON body. The client sends
 *   {"jsonrpc":"2.0","id":N,"method":"rpc.ping"}
 * and the server answers each frame with
 *   {"jsonrpc":"2.0","id":N,"result":{}}
 * echoing the id's bytes, as zcd does. One thread per connection on both sides, blocking sockets; all the frames
 * that one read completes are answered with one write (as zcd batches pipelined answers).
 *
 *   cc -O2 -pthread -o pingpong pingpong.c
 *   ./pingpong server SOCKET
 *   ./pingpong client SOCKET [--connections N] [--pipeline D] [--duration S | --requests N] [--warmup S] [--json]
 *
 * The client prints requests/s and latency percentiles in the same shape as zcctl bench (its --json too).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define BUFSZ (256 * 1024)

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be32(char *p, uint32_t v) {
    p[0] = (char)(v >> 24); p[1] = (char)(v >> 16); p[2] = (char)(v >> 8); p[3] = (char)v;
}

static int connect_unix(const char *path) {
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof a.sun_path) return -1;
    strcpy(a.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* ---------------------------------------------------------------- server */

/* Finds the raw bytes of the "id" member's value: a number, a string or null. */
static int find_id(const char *body, size_t n, const char **id, size_t *idlen) {
    static const char key[] = "\"id\":";
    const char *p = memmem(body, n, key, sizeof key - 1);
    if (!p) return -1;
    p += sizeof key - 1;
    const char *end = body + n;
    const char *q = p;
    if (q < end && *q == '"') {
        q++;
        while (q < end && *q != '"') q += (*q == '\\') ? 2 : 1;
        q++;
    } else {
        while (q < end && *q != ',' && *q != '}') q++;
    }
    if (q > end) return -1;
    *id = p;
    *idlen = (size_t)(q - p);
    return 0;
}

static void *serve(void *arg) {
    int fd = (int)(intptr_t)arg;
    unsigned char *in = malloc(BUFSZ);
    char *out = malloc(BUFSZ);
    size_t have = 0;
    static const char head[] = "{\"jsonrpc\":\"2.0\",\"id\":";
    static const char tail[] = ",\"result\":{}}";
    for (;;) {
        ssize_t r = recv(fd, in + have, BUFSZ - have, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        have += (size_t)r;
        size_t pos = 0, olen = 0;
        while (have - pos >= 4) {
            uint32_t len = be32(in + pos);
            if (len == 0 || len > BUFSZ - 4) goto done;
            if (have - pos < 4 + len) break;
            const char *id;
            size_t idlen;
            if (find_id((const char *)in + pos + 4, len, &id, &idlen) == 0) {
                size_t blen = sizeof head - 1 + idlen + sizeof tail - 1;
                if (olen + 4 + blen > BUFSZ) {
                    if (write_all(fd, out, olen) != 0) goto done;
                    olen = 0;
                }
                put_be32(out + olen, (uint32_t)blen);
                memcpy(out + olen + 4, head, sizeof head - 1);
                memcpy(out + olen + 4 + sizeof head - 1, id, idlen);
                memcpy(out + olen + 4 + sizeof head - 1 + idlen, tail, sizeof tail - 1);
                olen += 4 + blen;
            }
            pos += 4 + len;
        }
        if (olen && write_all(fd, out, olen) != 0) break;
        memmove(in, in + pos, have - pos);
        have -= pos;
    }
done:
    close(fd);
    free(in);
    free(out);
    return NULL;
}

static int run_server(const char *path) {
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof a.sun_path) return 2;
    strcpy(a.sun_path, path);
    unlink(path);
    int lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 256) != 0) {
        perror("pingpong server");
        return 1;
    }
    signal(SIGPIPE, SIG_IGN);
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0) {
            if (errno == EINTR) continue;
            perror("accept");
            return 1;
        }
        pthread_t t;
        pthread_attr_t at;
        pthread_attr_init(&at);
        pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&at, 256 * 1024);
        if (pthread_create(&t, &at, serve, (void *)(intptr_t)fd) != 0) close(fd);
        pthread_attr_destroy(&at);
    }
}

/* ---------------------------------------------------------------- client */

static volatile int phase; /* 0 warm-up, 1 measuring, 2 stopping */

typedef struct {
    int fd, depth;
    long quota; /* measured requests to send, or -1 for a duration run */
    long done, errors;
    uint64_t last_answer;
    uint32_t *samples; /* latencies in ns, up to cap (measured answers) */
    long nsamples, cap;
    const char *failure;
} worker;

static size_t build(char *out, int64_t id) {
    static const char head[] = "{\"jsonrpc\":\"2.0\",\"id\":";
    static const char tail[] = ",\"method\":\"rpc.ping\"}";
    char digits[24];
    int n = snprintf(digits, sizeof digits, "%lld", (long long)id);
    size_t blen = sizeof head - 1 + (size_t)n + sizeof tail - 1;
    put_be32(out, (uint32_t)blen);
    memcpy(out + 4, head, sizeof head - 1);
    memcpy(out + 4 + sizeof head - 1, digits, (size_t)n);
    memcpy(out + 4 + sizeof head - 1 + n, tail, sizeof tail - 1);
    return 4 + blen;
}

static void *client_loop(void *arg) {
    worker *w = arg;
    int D = w->depth;
    int64_t *slot_id = calloc((size_t)D, sizeof *slot_id);
    uint64_t *sent_at = calloc((size_t)D, sizeof *sent_at);
    char *measured = calloc((size_t)D, 1);
    unsigned char *in = malloc(BUFSZ);
    char *out = malloc(BUFSZ);
    size_t have = 0, olen = 0;
    long outstanding = 0, msent = 0;
    static const char head[] = "{\"jsonrpc\":\"2.0\",\"id\":";
    uint64_t t = now_ns();
    for (int s = 0; s < D; s++) {
        int ph = phase;
        if (ph == 2 || (ph == 1 && w->quota >= 0 && msent >= w->quota)) break;
        slot_id[s] = s + 1;
        sent_at[s] = t;
        measured[s] = ph == 1;
        msent += ph == 1;
        olen += build(out + olen, slot_id[s]);
        outstanding++;
    }
    if (olen && write_all(w->fd, out, olen) != 0) { w->failure = "send failed"; goto out; }
    while (outstanding > 0) {
        ssize_t r = recv(w->fd, in + have, BUFSZ - have, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) { w->failure = "connection closed"; break; }
        have += (size_t)r;
        uint64_t now = now_ns();
        int ph = phase;
        size_t pos = 0;
        olen = 0;
        while (have - pos >= 4) {
            uint32_t len = be32(in + pos);
            if (have - pos < 4 + len) break;
            const char *body = (const char *)in + pos + 4;
            long long id = 0;
            if (len > sizeof head && memcmp(body, head, sizeof head - 1) == 0) id = atoll(body + sizeof head - 1);
            pos += 4 + len;
            if (id < 1) { w->errors++; continue; }
            int s = (int)((id - 1) % D);
            if (slot_id[s] != id) { w->errors++; continue; }
            outstanding--;
            if (measured[s] && ph == 1) {
                if (!memmem(body, len, "\"result\"", 8)) w->errors++;
                w->done++;
                if (w->nsamples < w->cap) w->samples[w->nsamples++] = (uint32_t)((now - sent_at[s]) > 0xffffffffu ? 0xffffffffu : now - sent_at[s]);
                w->last_answer = now;
            }
            /* The answer frees its slot: send the next request. */
            int ph2 = phase;
            if (ph2 == 2 || (ph2 == 1 && w->quota >= 0 && msent >= w->quota)) continue;
            slot_id[s] += D;
            sent_at[s] = now;
            measured[s] = ph2 == 1;
            msent += ph2 == 1;
            olen += build(out + olen, slot_id[s]);
            outstanding++;
        }
        memmove(in, in + pos, have - pos);
        have -= pos;
        if (olen && write_all(w->fd, out, olen) != 0) { w->failure = "send failed"; break; }
    }
out:
    free(slot_id); free(sent_at); free(measured); free(in); free(out);
    return NULL;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static double pct(uint32_t *v, long n, double p) {
    if (n == 0) return 0;
    long i = (long)(p / 100.0 * (double)n + 0.5);
    if (i < 1) i = 1;
    if (i > n) i = n;
    return v[i - 1] / 1000.0;
}

static int run_client(const char *path, int argc, char **argv) {
    int conns = 1, depth = 1, json = 0;
    double duration = 10, warmup = 0;
    long requests = -1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) { json = 1; continue; }
        if (!v) { fprintf(stderr, "pingpong: %s needs a value\n", a); return 2; }
        if (!strcmp(a, "--connections")) conns = atoi(v);
        else if (!strcmp(a, "--pipeline")) depth = atoi(v);
        else if (!strcmp(a, "--duration")) duration = atof(v);
        else if (!strcmp(a, "--requests")) requests = atol(v);
        else if (!strcmp(a, "--warmup")) warmup = atof(v);
        else { fprintf(stderr, "pingpong: unknown option %s\n", a); return 2; }
        i++;
    }
    if (conns < 1 || conns > 1024 || depth < 1 || depth > 4096 || duration <= 0 || (requests >= 0 && requests < conns)) {
        fprintf(stderr, "pingpong: bad numbers\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    worker *ws = calloc((size_t)conns, sizeof *ws);
    pthread_t *ts = calloc((size_t)conns, sizeof *ts);
    long cap = requests >= 0 ? requests / conns + 1 : (long)(duration * 400000.0 / conns) + 1000;
    for (int i = 0; i < conns; i++) {
        ws[i].fd = connect_unix(path);
        if (ws[i].fd < 0) { fprintf(stderr, "pingpong: cannot connect to %s: %s\n", path, strerror(errno)); return 3; }
        ws[i].depth = depth;
        ws[i].quota = requests >= 0 ? requests / conns + (i < requests % conns) : -1;
        ws[i].cap = cap;
        ws[i].samples = malloc((size_t)cap * sizeof(uint32_t));
    }
    phase = warmup > 0 ? 0 : 1;
    uint64_t from = now_ns();
    for (int i = 0; i < conns; i++) pthread_create(&ts[i], NULL, client_loop, &ws[i]);
    if (warmup > 0) {
        usleep((useconds_t)(warmup * 1e6));
        from = now_ns();
        __atomic_store_n(&phase, 1, __ATOMIC_RELAXED);
    }
    uint64_t to = 0;
    if (requests < 0) {
        usleep((useconds_t)(duration * 1e6));
        to = now_ns();
        __atomic_store_n(&phase, 2, __ATOMIC_RELAXED);
    }
    long done = 0, errors = 0, n = 0;
    for (int i = 0; i < conns; i++) {
        pthread_join(ts[i], NULL);
        done += ws[i].done;
        errors += ws[i].errors;
        n += ws[i].nsamples;
        /* A --requests run ends with its last answer. */
        if (requests >= 0 && ws[i].last_answer > to) to = ws[i].last_answer;
        if (ws[i].failure) fprintf(stderr, "pingpong: connection %d: %s\n", i + 1, ws[i].failure);
    }
    uint32_t *all = malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
    long k = 0;
    for (int i = 0; i < conns; i++) {
        memcpy(all + k, ws[i].samples, (size_t)ws[i].nsamples * sizeof(uint32_t));
        k += ws[i].nsamples;
    }
    qsort(all, (size_t)n, sizeof(uint32_t), cmp_u32);
    double secs = to > from ? (double)(to - from) / 1e9 : 0;
    double rps = secs > 0 ? done / secs : 0;
    double p50 = pct(all, n, 50), p90 = pct(all, n, 90), p99 = pct(all, n, 99), p999 = pct(all, n, 99.9);
    double mx = n ? all[n - 1] / 1000.0 : 0;
    if (json) {
        printf("{\"workload\":\"ping\",\"server\":\"c\",\"connections\":%d,\"pipeline\":%d,\"seconds\":%.6f,"
               "\"requests\":%ld,\"errors\":%ld,\"requestsPerSecond\":%.1f,\"latencyMicroseconds\":"
               "{\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"p99_9\":%.1f,\"max\":%.1f}}\n",
               conns, depth, secs, done, errors, rps, p50, p90, p99, p999, mx);
    } else {
        printf("pingpong: ping, %d connection%s, pipeline %d, %.2f s measured\n", conns, conns == 1 ? "" : "s", depth, secs);
        printf("requests  %ld  (%.1f requests/s)\nerrors    %ld\n", done, rps, errors);
        printf("latency   p50 %.1f µs  p90 %.1f µs  p99 %.1f µs  p99.9 %.1f µs  max %.1f µs\n", p50, p90, p99, p999, mx);
    }
    return done == 0 ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc >= 3 && !strcmp(argv[1], "server")) return run_server(argv[2]);
    if (argc >= 3 && !strcmp(argv[1], "client")) return run_client(argv[2], argc - 3, argv + 3);
    fprintf(stderr, "usage: pingpong server SOCKET\n"
                    "       pingpong client SOCKET [--connections N] [--pipeline D] [--duration S | --requests N]"
                    " [--warmup S] [--json]\n");
    return 2;
}
