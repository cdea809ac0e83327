// Model file layout: "KGMODEL\n", u32 format version, kind string, u64 body
// size, u32 CRC-32 of the body (zlib's), then the body. The body is stored
// as is: inflating it cost more than half of the load time, and git
// compresses the files anyway.
#include "model_io.hpp"

#include <zlib.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/atomic_file.hpp"
#include "kg/error.hpp"

namespace kg::nlp {
namespace {

constexpr std::string_view kMagic = "KGMODEL\n";
constexpr std::uint64_t kMaxBody = 1ull << 30;  // far above any model; refuses absurd sizes

template <class T>
void put(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
bool take(std::string_view& in, T& v) {
  if (in.size() < sizeof v) return false;
  std::memcpy(&v, in.data(), sizeof v);
  in.remove_prefix(sizeof v);
  return true;
}

std::uint32_t crc_of(std::string_view s) {
  return static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

}  // namespace

void ModelWriter::save(const std::string& path) const {
  std::string head(kMagic);
  put(head, kModelFormatVersion);
  put(head, static_cast<std::uint32_t>(kind_.size()));
  head += kind_;
  put(head, static_cast<std::uint64_t>(body_.size()));
  put(head, crc_of(body_));
  write_file_atomically(path, [&](std::ostream& out) { out << head << body_; });
}

ModelReader::ModelReader(const std::string& path, std::string_view kind) : path_(path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail("cannot open the model file (is data/models/ there? train it with scripts/train_models.sh)");
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  const auto file_size = static_cast<std::size_t>(st.st_size);
  if (sized && file_size > 0 && file_size <= kMaxBody) {
    void* p = ::mmap(nullptr, file_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p != MAP_FAILED) map_.data = static_cast<const char*>(p), map_.size = file_size;
  }
  ::close(fd);
  if (!sized) fail("cannot read the model file");
  if (file_size > kMaxBody) fail("not a kg model file (too large)");
  if (file_size > 0 && !map_.data) fail("cannot read the model file");
  body_ = std::string_view(map_.data ? map_.data : "", map_.size);
  std::string_view rest = body_;
  if (!rest.starts_with(kMagic)) fail("not a kg model file");
  rest.remove_prefix(kMagic.size());
  std::uint32_t version = 0, kind_size = 0, crc = 0;
  std::uint64_t size = 0;
  if (!take(rest, version)) fail("truncated header");
  if (version != kModelFormatVersion)
    fail("model format version " + std::to_string(version) + ", this kg reads version " +
         std::to_string(kModelFormatVersion) + " (retrain with scripts/train_models.sh)");
  if (!take(rest, kind_size) || kind_size > rest.size()) fail("truncated header");
  if (rest.substr(0, kind_size) != kind)
    fail("holds a '" + std::string(rest.substr(0, std::min<std::size_t>(kind_size, 40))) + "' model, expected '" +
         std::string(kind) + "'");
  rest.remove_prefix(kind_size);
  if (!take(rest, size) || !take(rest, crc)) fail("truncated header");
  if (rest.size() != size) fail("truncated or corrupt (the body is not " + std::to_string(size) + " bytes)");
  pos_ = body_.size() - rest.size();
  if (crc_of(rest) != crc) fail("corrupt (checksum mismatch)");
}

ModelReader::Mapping::~Mapping() {
  if (data) ::munmap(const_cast<char*>(data), size);
}

void ModelReader::finish() const {
  if (pos_ != body_.size()) fail("corrupt (bytes left after the last section)");
}

void ModelReader::fail(std::string_view what) const { throw Error(path_ + ": " + std::string(what)); }

}  // namespace kg::nlp
