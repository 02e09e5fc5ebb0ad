/*
 * replay.c: a plain driver for the libFuzzer harnesses, so CI replays every
 * seed and every kept crash input without fuzzing (and without clang).
 * Usage: replay DIR_OR_FILE...  (directories are read one level deep;
 * missing ones are skipped, so a harness without crash files still runs).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static long count;

static void run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf) abort();
    /* copy to an exact-size block so ASan sees reads past the end */
    uint8_t *exact = malloc(n ? n : 1);
    memcpy(exact, buf, n);
    free(buf);
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
    count++;
}

static void run_path(const char *path, const char *prefix)
{
    struct stat st;
    if (stat(path, &st) != 0) return;
    if (!S_ISDIR(st.st_mode)) {
        run_file(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (prefix && strncmp(e->d_name, prefix, strlen(prefix)) != 0) continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        run_path(p, NULL);
    }
    closedir(d);
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    /* crash files of this harness are named <harness>-*, e.g. fuzz_warc-crash1 */
    const char *self = strrchr(argv[0], '/');
    self = self ? self + 1 : argv[0];
    char prefix[256];
    snprintf(prefix, sizeof prefix, "%s-", self);
    for (int i = 1; i < argc; i++)
        run_path(argv[i], strstr(argv[i], "crashes") ? prefix : NULL);
    printf("%ld inputs replayed\n", count);
    return 0;
}
