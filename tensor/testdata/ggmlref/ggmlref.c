// ggmlref runs ggml's own reference quantizer and binary16 conversion from
// the libggml-base shared library that llama.cpp ships (node-llama-cpp's
// prebuilt binaries), so tensor's tests can compare QuantizeRowQ8_0 and
// f32ToF16 with them byte for byte.
//
//	ggmlref LIBGGML-BASE q8|f16 < float32 values (little-endian) > output
//
// q8 writes len/32 block_q8_0 blocks (quantize_row_q8_0_ref); f16 writes one
// little-endian binary16 per value (ggml_fp32_to_fp16).
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*quantize_fn)(const float *x, void *y, int64_t k);
typedef uint16_t (*to_fp16_fn)(float x);

int main(int argc, char **argv) {
	if (argc != 3) {
		fprintf(stderr, "usage: ggmlref LIBGGML-BASE q8|f16 < values\n");
		return 2;
	}
	void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		fprintf(stderr, "ggmlref: %s\n", dlerror());
		return 1;
	}
	size_t cap = 1 << 20, n = 0;
	float *x = malloc(cap * sizeof(float));
	size_t got;
	while ((got = fread(x + n, sizeof(float), cap - n, stdin)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			x = realloc(x, cap * sizeof(float));
		}
	}
	if (strcmp(argv[2], "q8") == 0) {
		quantize_fn q = (quantize_fn)dlsym(lib, "quantize_row_q8_0_ref");
		if (!q || n % 32 != 0) {
			fprintf(stderr, "ggmlref: no quantize_row_q8_0_ref, or %zu values\n", n);
			return 1;
		}
		size_t size = n / 32 * 34;
		unsigned char *y = malloc(size);
		q(x, y, (int64_t)n);
		fwrite(y, 1, size, stdout);
		return 0;
	}
	if (strcmp(argv[2], "f16") == 0) {
		to_fp16_fn f = (to_fp16_fn)dlsym(lib, "ggml_fp32_to_fp16");
		if (!f) {
			fprintf(stderr, "ggmlref: no ggml_fp32_to_fp16\n");
			return 1;
		}
		for (size_t i = 0; i < n; i++) {
			uint16_t h = f(x[i]);
			fwrite(&h, 2, 1, stdout);
		}
		return 0;
	}
	fprintf(stderr, "ggmlref: unknown mode %s\n", argv[2]);
	return 2;
}
