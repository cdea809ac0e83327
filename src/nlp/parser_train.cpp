// Training the parser with the dynamic oracle: at every state the model's
// best move is compared with the best move that loses no reachable gold arc;
// from the second epoch the trainer follows the model's own (possibly wrong)
// move most of the time, so it learns to recover from its mistakes.
#include <algorithm>
#include <limits>
#include <numeric>
#include <ostream>
#include <random>
#include <set>

#include "parser.hpp"
#include "perceptron.hpp"

namespace kg::nlp {
namespace {

// A feature updated only once is noise more often than not: the model keeps
// features updated at least this often (half the file, no loss of accuracy).
constexpr std::uint32_t kMinUpdates = 2;
// Weights below this many units of the model's scale (1/32767 of its largest
// weight) are dropped: chosen on the dev splits, where it costs no accuracy
// and shrinks the parser from 25 to 20 MB.
constexpr std::int16_t kPruneUnits = 256;

}  // namespace

Parser Parser::train(const std::vector<TreebankSentence>& sentences, const std::vector<std::vector<ParserWord>>& words,
                     const TrainOptions& options, std::ostream& log) {
  Parser p;
  std::set<std::string> label_set{"root", "dep"};
  for (const auto& s : sentences)
    for (const auto& t : s.tokens) label_set.insert(t.deprel);
  p.labels_.assign(label_set.begin(), label_set.end());
  const auto label_id = [&](const std::string& l) {
    return static_cast<std::uint16_t>(std::lower_bound(p.labels_.begin(), p.labels_.end(), l) - p.labels_.begin());
  };
  p.root_label_ = label_id("root");
  p.dep_label_ = label_id("dep");
  const auto labels = static_cast<std::uint32_t>(p.labels_.size());

  // Gold trees with the root as word n, made projective.
  std::vector<std::vector<int>> gold_heads;
  std::vector<std::vector<std::uint16_t>> gold_labels;
  std::size_t lifted = 0;
  for (const auto& s : sentences) {
    const int n = static_cast<int>(s.tokens.size());
    std::vector<int> h;
    std::vector<std::uint16_t> l;
    for (const auto& t : s.tokens) {
      h.push_back(t.head < 0 ? n : t.head);
      l.push_back(label_id(t.deprel));
    }
    const auto before = h;
    projectivize(h);
    lifted += h != before;
    gold_heads.push_back(std::move(h));
    gold_labels.push_back(std::move(l));
  }
  log << "parser: " << labels << " labels, " << lifted << " of " << sentences.size()
      << " training trees lifted to projective\n";

  PerceptronTrainer trainer(2 + 2 * labels);
  std::mt19937_64 rng(options.seed);
  std::vector<std::uint32_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<std::uint32_t> features;
  std::vector<float> scores;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    shuffle_deterministic(order, options.seed + static_cast<std::uint64_t>(epoch));
    std::size_t right = 0, total = 0;
    for (const std::uint32_t si : order) {
      const auto& g = gold_heads[si];
      const auto& gl = gold_labels[si];
      ParserState s(static_cast<std::uint32_t>(g.size()));
      while (!s.done()) {
        parser_features(s, words[si], features);
        trainer.score(features, scores);
        const OracleCosts c = oracle_costs(s, g);
        const auto cost = [&](std::uint32_t a) {
          const Action act = action_of(a, labels);
          const std::uint32_t s0 = s.s0(), b = s.next;
          switch (act.move) {
            case kShift: return c.shift;
            case kReduce: return c.reduce;
            case kLeft: return c.left + (g[s0] == static_cast<int>(b) && act.label != gl[s0] ? 1 : 0);
            case kRight: return c.right + (g[b] == static_cast<int>(s0) && act.label != gl[b] ? 1 : 0);
          }
          return 0;
        };
        const std::uint32_t guess = p.best_valid(s, std::span<const float>(scores));
        // The best-scoring move of least cost (zero when the gold tree is projective).
        std::uint32_t truth = guess;
        int truth_cost = std::numeric_limits<int>::max();
        float truth_score = -std::numeric_limits<float>::infinity();
        for (std::uint32_t a = 0; a < scores.size(); ++a) {
          if (!p.allowed(s, action_of(a, labels))) continue;
          const int k = cost(a);
          if (k < truth_cost || (k == truth_cost && scores[a] > truth_score)) {
            truth = a;
            truth_cost = k;
            truth_score = scores[a];
          }
        }
        trainer.tick();
        const bool wrong = cost(guess) > truth_cost;
        if (wrong) trainer.update(features, truth, guess);
        right += !wrong;
        ++total;
        const bool explore = epoch > 0 && std::uniform_real_distribution<double>(0, 1)(rng) < options.explore;
        s.apply(action_of(explore ? guess : truth, labels));
      }
    }
    log << "parser epoch " << epoch + 1 << ": " << 100.0 * static_cast<double>(right) / static_cast<double>(total)
        << "% of moves optimal\n";
  }
  p.model_ = trainer.average(kMinUpdates, 1e-3f).pruned(kPruneUnits);
  return p;
}

}  // namespace kg::nlp
