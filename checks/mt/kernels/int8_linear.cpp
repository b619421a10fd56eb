// tqc::int8_linear: Int8Linear's forward (checks/mt/int8.py) as one operator;
// tqc::int8_linear_argmax: the greedy decoder's next tokens from the int8 output
// projection without the logits (checks/mt/engines.py).
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
#include <limits>
#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__)
#include <immintrin.h>
#define TQC_AVX512 1
#endif

namespace {

// the accumulators of a row as floats: int32 from at::_int_mm, or float already
// converted (oneDNN's int8 product with unit scales gives float(acc), the same value)
#ifdef TQC_AVX512
inline __m512 load16(const int32_t* acc) { return _mm512_cvtepi32_ps(_mm512_loadu_si512(acc)); }
inline __m512 load16(const float* acc) { return _mm512_loadu_ps(acc); }
#endif

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
template <typename Acc>
void dequantize_row(const Acc* acc, int64_t n, float s, const float* scale, const float* bias,
                    float* out) {
  int64_t j = 0;
#ifdef TQC_AVX512
  const __m512 vs = _mm512_set1_ps(s);
  for (; j + 16 <= n; j += 16) {
    __m512 v = _mm512_mul_ps(_mm512_mul_ps(load16(acc + j), vs), _mm512_loadu_ps(scale + j));
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

// The index of the largest of one row's logits, computed as the greedy decoder
// computes them: ((float(acc) * s) * scale[j]) (+ bias[j]) (+ extra[j]), blocked
// columns (banned tokens, an end token before the minimum length) out; the
// first index among equal maxima, as torch.argmax; 0 when every column is blocked.
template <typename Acc>
int64_t argmax_row(const Acc* acc, int64_t n, float s, const float* scale, const float* bias,
                   const float* extra, const uint8_t* blocked) {
  float best = -std::numeric_limits<float>::infinity();
  int64_t index = 0;
  int64_t j = 0;
#ifdef TQC_AVX512
  const __m512 vs = _mm512_set1_ps(s);
  __m512 vbest = _mm512_set1_ps(best);
  __m512i vindex = _mm512_setzero_si512();
  const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  for (; j + 16 <= n; j += 16) {
    __m512 v = _mm512_mul_ps(_mm512_mul_ps(load16(acc + j), vs), _mm512_loadu_ps(scale + j));
    if (bias) v = _mm512_add_ps(v, _mm512_loadu_ps(bias + j));
    if (extra) v = _mm512_add_ps(v, _mm512_loadu_ps(extra + j));
    const __mmask16 open = _mm_cmpeq_epi8_mask(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(blocked + j)), _mm_setzero_si128());
    const __mmask16 higher = _mm512_mask_cmp_ps_mask(open, v, vbest, _CMP_GT_OQ);
    vbest = _mm512_mask_mov_ps(vbest, higher, v);
    vindex = _mm512_mask_mov_epi32(vindex, higher,
                                   _mm512_add_epi32(lanes, _mm512_set1_epi32(static_cast<int>(j))));
  }
  float values[16];
  int32_t indices[16];
  _mm512_storeu_ps(values, vbest);
  _mm512_storeu_si512(indices, vindex);
  bool found = false;
  for (int k = 0; k < 16; ++k) {  // each lane holds its first maximum: the smallest wins a tie
    if (values[k] == -std::numeric_limits<float>::infinity()) continue;
    if (!found || values[k] > best || (values[k] == best && indices[k] < index)) {
      best = values[k];
      index = indices[k];
      found = true;
    }
  }
#endif
  for (; j < n; ++j) {
    if (blocked[j]) continue;
    float v = static_cast<float>(acc[j]) * s;
    v = v * scale[j];
    if (bias) v = v + bias[j];
    if (extra) v = v + extra[j];
    if (v > best) {
      best = v;
      index = j;
    }
  }
  return index;
}

std::tuple<at::Tensor, at::Tensor> quantize_rows(const at::Tensor& x) {
  TORCH_CHECK(x.scalar_type() == at::kFloat, "tqc: float32 input");
  auto input = x.contiguous();
  const int64_t in = input.size(-1);
  const int64_t rows = input.numel() / in;
  auto q = at::empty({rows, in}, input.options().dtype(at::kChar));
  auto steps = at::empty({rows}, input.options());
  const float* xp = input.data_ptr<float>();
  int8_t* qp = q.data_ptr<int8_t>();
  float* sp = steps.data_ptr<float>();
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(in, 1));
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) quantize_row(xp + r * in, in, qp + r * in, sp + r);
  });
  return {q, steps};
}

template <typename Acc>
void dequantize_all(const at::Tensor& acc, const float* sp, const float* cp, const float* bp,
                    float* op) {
  const int64_t rows = acc.size(0), n = acc.size(1);
  const Acc* ap = acc.data_ptr<Acc>();
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(n, 1));
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) dequantize_row(ap + r * n, n, sp[r], cp, bp, op + r * n);
  });
}

// [rows, out] accumulators (int32, or float from oneDNN) -> [rows, out] float32
at::Tensor dequantize(const at::Tensor& acc_in, const at::Tensor& steps, const at::Tensor& scale,
                      const c10::optional<at::Tensor>& bias) {
  auto acc = acc_in.contiguous();
  TORCH_CHECK(acc.dim() == 2 && steps.numel() == acc.size(0) && scale.numel() == acc.size(1),
              "tqc::dequantize: shapes");
  auto result = at::empty(acc.sizes(), steps.options());
  auto cs = scale.contiguous();
  at::Tensor b = bias.has_value() ? bias->contiguous() : at::Tensor();
  const float* bp = b.defined() ? b.data_ptr<float>() : nullptr;
  if (acc.scalar_type() == at::kInt) {
    dequantize_all<int32_t>(acc, steps.data_ptr<float>(), cs.data_ptr<float>(), bp, result.data_ptr<float>());
  } else {
    TORCH_CHECK(acc.scalar_type() == at::kFloat, "tqc::dequantize: int32 or float accumulators");
    dequantize_all<float>(acc, steps.data_ptr<float>(), cs.data_ptr<float>(), bp, result.data_ptr<float>());
  }
  return result;
}

// dequantize for float accumulators, written over them (no second rows x out buffer)
at::Tensor dequantize_(at::Tensor acc, const at::Tensor& steps, const at::Tensor& scale,
                       const c10::optional<at::Tensor>& bias) {
  TORCH_CHECK(acc.scalar_type() == at::kFloat && acc.is_contiguous() && acc.dim() == 2 &&
              steps.numel() == acc.size(0) && scale.numel() == acc.size(1),
              "tqc::dequantize_: contiguous [rows, out] float accumulators");
  auto cs = scale.contiguous();
  at::Tensor b = bias.has_value() ? bias->contiguous() : at::Tensor();
  const float* bp = b.defined() ? b.data_ptr<float>() : nullptr;
  float* ap = acc.data_ptr<float>();
  dequantize_all<float>(acc, steps.data_ptr<float>(), cs.data_ptr<float>(), bp, ap);
  return acc;
}

// [rows, out] accumulators -> the index of each row's largest logit (see argmax_row)
at::Tensor argmax_from(const at::Tensor& acc_in, const at::Tensor& steps, const at::Tensor& scale,
                       const c10::optional<at::Tensor>& bias, const c10::optional<at::Tensor>& extra,
                       const at::Tensor& blocked) {
  auto acc = acc_in.contiguous();
  const int64_t rows = acc.size(0), n = acc.size(1);
  TORCH_CHECK(blocked.scalar_type() == at::kBool && blocked.numel() == n,
              "tqc: blocked is one bool per column");
  auto result = at::empty({rows}, steps.options().dtype(at::kLong));
  auto cs = scale.contiguous();
  at::Tensor b = bias.has_value() ? bias->contiguous() : at::Tensor();
  at::Tensor e = extra.has_value() ? extra->contiguous() : at::Tensor();
  at::Tensor mask = blocked.contiguous();
  const float* sp = steps.data_ptr<float>();
  const float* cp = cs.data_ptr<float>();
  const float* bp = b.defined() ? b.data_ptr<float>() : nullptr;
  const float* ep = e.defined() ? e.data_ptr<float>() : nullptr;
  const uint8_t* mp = reinterpret_cast<const uint8_t*>(mask.data_ptr<bool>());
  int64_t* rp = result.data_ptr<int64_t>();
  const bool ints = acc.scalar_type() == at::kInt;
  TORCH_CHECK(ints || acc.scalar_type() == at::kFloat, "tqc: int32 or float accumulators");
  at::parallel_for(0, rows, 1, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r)
      rp[r] = ints ? argmax_row(acc.data_ptr<int32_t>() + r * n, n, sp[r], cp, bp, ep, mp)
                   : argmax_row(acc.data_ptr<float>() + r * n, n, sp[r], cp, bp, ep, mp);
  });
  return result;
}

at::Tensor int8_linear(const at::Tensor& x, const at::Tensor& weight_t, const at::Tensor& scale,
                       const c10::optional<at::Tensor>& bias) {
  const int64_t out_features = weight_t.size(1);
  TORCH_CHECK(weight_t.size(0) == x.size(-1) && scale.numel() == out_features, "tqc::int8_linear: shapes");
  auto [q, steps] = quantize_rows(x);
  auto result = dequantize(at::_int_mm(q, weight_t), steps, scale, bias);
  auto shape = x.sizes().vec();
  shape.back() = out_features;
  return result.view(shape);
}

at::Tensor int8_linear_argmax(const at::Tensor& x, const at::Tensor& weight_t,
                              const at::Tensor& scale, const c10::optional<at::Tensor>& bias,
                              const c10::optional<at::Tensor>& extra, const at::Tensor& blocked) {
  TORCH_CHECK(x.dim() == 2, "tqc::int8_linear_argmax: [rows, in] input");
  auto [q, steps] = quantize_rows(x);
  return argmax_from(at::_int_mm(q, weight_t), steps, scale, bias, extra, blocked);
}

}  // namespace

TORCH_LIBRARY(tqc, m) {
  m.def("int8_linear(Tensor x, Tensor weight_t, Tensor scale, Tensor? bias) -> Tensor");
  m.def("int8_linear_argmax(Tensor x, Tensor weight_t, Tensor scale, Tensor? bias, Tensor? extra, "
        "Tensor blocked) -> Tensor");
  m.def("quantize_rows(Tensor x) -> (Tensor, Tensor)");
  m.def("dequantize(Tensor acc, Tensor steps, Tensor scale, Tensor? bias) -> Tensor");
  m.def("dequantize_(Tensor(a!) acc, Tensor steps, Tensor scale, Tensor? bias) -> Tensor(a!)");
  m.def("argmax_from(Tensor acc, Tensor steps, Tensor scale, Tensor? bias, Tensor? extra, "
        "Tensor blocked) -> Tensor");
}
TORCH_LIBRARY_IMPL(tqc, CPU, m) {
  m.impl("int8_linear", int8_linear);
  m.impl("int8_linear_argmax", int8_linear_argmax);
  m.impl("quantize_rows", quantize_rows);
  m.impl("dequantize", dequantize);
  m.impl("dequantize_", dequantize_);
  m.impl("argmax_from", argmax_from);
}
