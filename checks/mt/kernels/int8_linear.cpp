// tqc::int8_linear: Int8Linear's forward (checks/mt/int8.py) as one operator.
//
// The Python layer quantizes each activation row (max |x|, divide, round,
// cast), multiplies with torch's int8 product and dequantizes (cast, two
// products, bias): eight element-wise passes, each allocating a tensor, that
// cost more than the product itself on decode-sized inputs. Here each row is
// quantized and dequantized in one pass, around the very same at::_int_mm.
// Every float operation is the one torch performs, in the same order and
// precision (a true division, round half to even, products rounded one at a
// time: the build passes -ffp-contract=off so nothing is fused into an FMA),
// so the outputs are bit for bit those of the Python layer; a test compares
// them. No library offers this: torch's own quantized linear operators
// (quantized::linear_dynamic, onednn qlinear) scale the whole batch with one
// activation scale, which makes a sentence's translation depend on its batch.
// Built on the machine by checks/mt/fused.py (scripts/setup.sh runs it).
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>
#include <algorithm>
#include <cmath>
#if defined(__AVX512F__) && defined(__AVX512BW__)
#include <immintrin.h>
#define TQC_AVX512 1
#endif

namespace {

// one row: scale = max|x| / 127 (at least 1e-12 / 127), q = round_half_even(x / scale)
void quantize_row(const float* row, int64_t n, int8_t* q, float* scale) {
  float m = 0.0f;
  int64_t i = 0;
#ifdef TQC_AVX512
  __m512 vm = _mm512_setzero_ps();
  for (; i + 16 <= n; i += 16) vm = _mm512_max_ps(vm, _mm512_abs_ps(_mm512_loadu_ps(row + i)));
  m = _mm512_reduce_max_ps(vm);
#endif
  for (; i < n; ++i) m = std::max(m, std::fabs(row[i]));
  const float s = std::max(m, 1e-12f) / 127.0f;
  *scale = s;
  i = 0;
#ifdef TQC_AVX512
  const __m512 vs = _mm512_set1_ps(s);
  for (; i + 16 <= n; i += 16) {
    __m512 v = _mm512_div_ps(_mm512_loadu_ps(row + i), vs);
    __m512i k = _mm512_cvt_roundps_epi32(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(q + i), _mm512_cvtsepi32_epi8(k));
  }
#endif
  for (; i < n; ++i) q[i] = static_cast<int8_t>(std::nearbyint(row[i] / s));
}

// one row: out = float(acc) * s * scale[j] (+ bias[j]), rounded after each operation as torch does
void dequantize_row(const int32_t* acc, int64_t n, float s, const float* scale, const float* bias,
                    float* out) {
  int64_t j = 0;
#ifdef TQC_AVX512
  const __m512 vs = _mm512_set1_ps(s);
  for (; j + 16 <= n; j += 16) {
    __m512 v = _mm512_mul_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_loadu_si512(acc + j)), vs),
                             _mm512_loadu_ps(scale + j));
    if (bias) v = _mm512_add_ps(v, _mm512_loadu_ps(bias + j));
    _mm512_storeu_ps(out + j, v);
  }
#endif
  for (; j < n; ++j) {
    float v = static_cast<float>(acc[j]) * s;
    v = v * scale[j];
    out[j] = bias ? v + bias[j] : v;
  }
}

at::Tensor int8_linear(const at::Tensor& x, const at::Tensor& weight_t, const at::Tensor& scale,
                       const c10::optional<at::Tensor>& bias) {
  TORCH_CHECK(x.scalar_type() == at::kFloat, "tqc::int8_linear: float32 input");
  auto input = x.contiguous();
  const int64_t in = input.size(-1);
  const int64_t rows = input.numel() / in;
  const int64_t out_features = weight_t.size(1);
  TORCH_CHECK(weight_t.size(0) == in && scale.numel() == out_features, "tqc::int8_linear: shapes");
  auto q = at::empty({rows, in}, input.options().dtype(at::kChar));
  auto steps = at::empty({rows}, input.options());
  const float* xp = input.data_ptr<float>();
  int8_t* qp = q.data_ptr<int8_t>();
  float* sp = steps.data_ptr<float>();
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(in, 1));
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) quantize_row(xp + r * in, in, qp + r * in, sp + r);
  });
  auto acc = at::_int_mm(q, weight_t);
  auto result = at::empty({rows, out_features}, input.options());
  const int32_t* ap = acc.data_ptr<int32_t>();
  const float* cp = scale.contiguous().data_ptr<float>();
  at::Tensor b = bias.has_value() ? bias->contiguous() : at::Tensor();
  const float* bp = b.defined() ? b.data_ptr<float>() : nullptr;
  float* op = result.data_ptr<float>();
  const int64_t ograin = std::max<int64_t>(1, 32768 / std::max<int64_t>(out_features, 1));
  at::parallel_for(0, rows, ograin, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r)
      dequantize_row(ap + r * out_features, out_features, sp[r], cp, bp, op + r * out_features);
  });
  auto shape = input.sizes().vec();
  shape.back() = out_features;
  return result.view(shape);
}

}  // namespace

TORCH_LIBRARY(tqc, m) {
  m.def("int8_linear(Tensor x, Tensor weight_t, Tensor scale, Tensor? bias) -> Tensor");
}
TORCH_LIBRARY_IMPL(tqc, CPU, m) { m.impl("int8_linear", int8_linear); }
