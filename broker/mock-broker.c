/*
 * vigil-mock-broker: a Kafka-protocol broker for local runs and integration
 * tests, built on librdkafka's mock cluster.
 *
 *   vigil-mock-broker [--brokers N] [--partitions P] [--partition-max-mb M]
 *                     [--topic NAME[:PARTITIONS]]... [--bootstrap-file PATH]
 *                     [--tls-cert PEM --tls-key PEM [--tls-client-ca PEM]]
 *                     [--sasl PLAIN|SCRAM-SHA-256|SCRAM-SHA-512|OAUTHBEARER]
 *                     [--sasl-user USER:PASSWORD]...
 *
 * Security (for tests of clients against a secured cluster): --tls-cert/--tls-key
 * make every listener TLS-only; --tls-client-ca also requires a client
 * certificate signed by that CA (mTLS). --sasl requires that mechanism before
 * any request but ApiVersions and the SASL requests (a client without it has its
 * connection closed, as Kafka does); users come from --sasl-user. OAUTHBEARER
 * accepts an unsecured JWT (alg none) whose payload has a "sub" claim, the
 * form Kafka's OAuthBearerUnsecuredValidator accepts.
 *
 * Prints the bootstrap list on stdout (one line) and writes it to
 * --bootstrap-file once the brokers listen; runs until SIGTERM/SIGINT.
 * Topics that are not pre-created are created on first use with P partitions.
 * CreateTopics creates a topic with the partitions, replication factor and
 * configs it asks for; DescribeConfigs reports a topic's configs (those it was
 * created with, else the defaults: retention.ms 604800000, retention.bytes -1,
 * cleanup.policy delete). The configs are reported, not enforced.
 *
 * Fault injection for tests: commands on stdin, one per line, each answered
 * "ok" or "error: ..." on stdout:
 *   errors APIKEY CODE COUNT   the next COUNT requests of APIKEY (0 = Produce,
 *                              1 = Fetch, 8 = OffsetCommit) fail with CODE
 *   down BROKERID | up BROKERID
 *   rtt BROKERID MS            add round-trip delay
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "rdkafka.h"
#include "rdkafka_mock.h"

/* Kafka API keys we adjust. */
#define API_LEAVEGROUP 13

static volatile sig_atomic_t stop_requested = 0;

static void on_signal(int sig) {
        (void)sig;
        stop_requested = 1;
}

static void control(rd_kafka_mock_cluster_t *mcluster, const char *cmd) {
        int a = 0, b = 0, c = 0;
        rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
        if (sscanf(cmd, "errors %d %d %d", &a, &b, &c) == 3 && c > 0 && c <= 10000) {
                rd_kafka_resp_err_t *errs = calloc((size_t)c, sizeof(*errs));
                for (int i = 0; i < c; i++)
                        errs[i] = (rd_kafka_resp_err_t)b;
                rd_kafka_mock_push_request_errors_array(mcluster, (int16_t)a, (size_t)c, errs);
                free(errs);
        } else if (sscanf(cmd, "down %d", &a) == 1) {
                err = rd_kafka_mock_broker_set_down(mcluster, a);
        } else if (sscanf(cmd, "up %d", &a) == 1) {
                err = rd_kafka_mock_broker_set_up(mcluster, a);
        } else if (sscanf(cmd, "rtt %d %d", &a, &b) == 2) {
                err = rd_kafka_mock_broker_set_rtt(mcluster, a, b);
        } else {
                printf("error: unknown command: %s\n", cmd);
                fflush(stdout);
                return;
        }
        if (err)
                printf("error: %s\n", rd_kafka_err2str(err));
        else
                printf("ok\n");
        fflush(stdout);
}

/* ---- SASL (vigil: server side of PLAIN, SCRAM-SHA-256/512, OAUTHBEARER) ---- */

#define MAX_USERS 64
static struct {
        char *name, *password;
} users[MAX_USERS];
static int nusers = 0;

static const char *user_password(const char *name) {
        for (int i = 0; i < nusers; i++)
                if (!strcmp(users[i].name, name))
                        return users[i].password;
        return NULL;
}

typedef struct {
        int step;
        const EVP_MD *md;
        char password[256];
        char client_first_bare[1024];
        char server_first[1024];
        char nonce[256];
        unsigned char salt[16];
} scram_state_t;

/* base64 of n bytes into out (NUL-terminated) */
static void b64enc(const unsigned char *in, size_t n, char *out) {
        EVP_EncodeBlock((unsigned char *)out, in, (int)n);
}

/* base64 (or base64url when url) decode; returns length or -1 */
static int b64dec(const char *in, size_t n, unsigned char *out, size_t outsize, int url) {
        char buf[4096];
        size_t m = 0;
        int len, pad = 0;
        if (n + 4 >= sizeof(buf))
                return -1;
        for (size_t i = 0; i < n; i++) {
                char c = in[i];
                if (url && c == '-') c = '+';
                if (url && c == '_') c = '/';
                buf[m++] = c;
        }
        while (m % 4) buf[m++] = '=';
        buf[m] = '\0';
        if (m / 4 * 3 > outsize)
                return -1;
        len = EVP_DecodeBlock(out, (unsigned char *)buf, (int)m);
        if (len < 0)
                return -1;
        for (size_t i = m; i > 0 && buf[i - 1] == '='; i--)
                pad++;
        return len - pad;
}

/* value of attribute "k=" in a SCRAM message (comma-separated), copied to out */
static int scram_attr(const char *msg, char k, char *out, size_t outsize) {
        const char *p = msg;
        while (p && *p) {
                if (p[0] == k && p[1] == '=') {
                        const char *e = strchr(p, ',');
                        size_t len    = e ? (size_t)(e - p - 2) : strlen(p + 2);
                        if (len >= outsize)
                                return -1;
                        memcpy(out, p + 2, len);
                        out[len] = '\0';
                        return 0;
                }
                p = strchr(p, ',');
                if (p)
                        p++;
        }
        return -1;
}

static int set_out(void **out, size_t *out_len, const char *s) {
        *out_len = strlen(s);
        *out     = malloc(*out_len + 1);
        memcpy(*out, s, *out_len + 1);
        return 0;
}

static int sasl_scram(scram_state_t *st, const char *in, void **out, size_t *out_len,
                      char *errstr, size_t errstr_size) {
        unsigned char salted[EVP_MAX_MD_SIZE], client_key[EVP_MAX_MD_SIZE],
            stored_key[EVP_MAX_MD_SIZE], client_sig[EVP_MAX_MD_SIZE],
            server_key[EVP_MAX_MD_SIZE], server_sig[EVP_MAX_MD_SIZE],
            proof[EVP_MAX_MD_SIZE + 8];
        unsigned int mdlen = (unsigned int)EVP_MD_size(st->md), l;
        char auth_message[4096], buf[1024], user[256], cnonce[128], sig64[128];
        const char *bare;

        if (st->step == 0) {
                /* client-first: gs2-header "n,," or "n,a=...," then bare */
                bare = strchr(in, ',');
                bare = bare ? strchr(bare + 1, ',') : NULL;
                if (in[0] != 'n' || !bare || strlen(bare + 1) >= sizeof(st->client_first_bare)) {
                        snprintf(errstr, errstr_size, "malformed client-first message");
                        return -1;
                }
                bare++;
                snprintf(st->client_first_bare, sizeof(st->client_first_bare), "%s", bare);
                if (scram_attr(bare, 'n', user, sizeof(user)) || scram_attr(bare, 'r', cnonce, sizeof(cnonce))) {
                        snprintf(errstr, errstr_size, "client-first message lacks n= or r=");
                        return -1;
                }
                if (!user_password(user)) {
                        snprintf(errstr, errstr_size, "Authentication failed: unknown user");
                        return -1;
                }
                snprintf(st->password, sizeof(st->password), "%s", user_password(user));
                {
                        unsigned char rnd[18];
                        char r64[32], s64[32];
                        RAND_bytes(rnd, sizeof(rnd));
                        RAND_bytes(st->salt, sizeof(st->salt));
                        b64enc(rnd, sizeof(rnd), r64);
                        b64enc(st->salt, sizeof(st->salt), s64);
                        snprintf(st->nonce, sizeof(st->nonce), "%s%s", cnonce, r64);
                        snprintf(st->server_first, sizeof(st->server_first), "r=%s,s=%s,i=4096", st->nonce, s64);
                }
                st->step = 1;
                return set_out(out, out_len, st->server_first);
        }

        /* client-final: c=biws,r=NONCE,p=PROOF */
        {
                const char *p = strstr(in, ",p=");
                char nonce[256], proof64[256];
                int plen;
                /* The nonce must end with ours: Debian's librdkafka 2.0.2
                 * (kcat) echoes its own nonce in front of the full one. */
                if (!p || scram_attr(in, 'r', nonce, sizeof(nonce)) ||
                    strlen(nonce) < strlen(st->nonce) ||
                    strcmp(nonce + strlen(nonce) - strlen(st->nonce), st->nonce)) {
                        snprintf(errstr, errstr_size, "malformed client-final message or nonce mismatch");
                        return -1;
                }
                snprintf(proof64, sizeof(proof64), "%s", p + 3);
                snprintf(buf, sizeof(buf), "%.*s", (int)(p - in), in);
                snprintf(auth_message, sizeof(auth_message), "%s,%s,%s", st->client_first_bare, st->server_first, buf);
                if (!PKCS5_PBKDF2_HMAC(st->password, (int)strlen(st->password), st->salt, sizeof(st->salt), 4096, st->md, (int)mdlen, salted)) {
                        snprintf(errstr, errstr_size, "PBKDF2 failed");
                        return -1;
                }
                HMAC(st->md, salted, (int)mdlen, (const unsigned char *)"Client Key", 10, client_key, &l);
                EVP_Digest(client_key, mdlen, stored_key, &l, st->md, NULL);
                HMAC(st->md, stored_key, (int)mdlen, (const unsigned char *)auth_message, strlen(auth_message), client_sig, &l);
                plen = b64dec(proof64, strlen(proof64), proof, sizeof(proof), 0);
                if (plen != (int)mdlen) {
                        snprintf(errstr, errstr_size, "Authentication failed: bad proof");
                        return -1;
                }
                for (unsigned int i = 0; i < mdlen; i++)
                        if ((proof[i] ^ client_sig[i]) != client_key[i]) {
                                snprintf(errstr, errstr_size, "Authentication failed: Invalid username or password");
                                return -1;
                        }
                HMAC(st->md, salted, (int)mdlen, (const unsigned char *)"Server Key", 10, server_key, &l);
                HMAC(st->md, server_key, (int)mdlen, (const unsigned char *)auth_message, strlen(auth_message), server_sig, &l);
                b64enc(server_sig, mdlen, sig64);
                snprintf(buf, sizeof(buf), "v=%s", sig64);
                set_out(out, out_len, buf);
                return 1;
        }
}

static int sasl_cb(void *opaque, const char *mechanism, void **state, const void *in,
                   size_t in_len, void **out, size_t *out_len, char *errstr,
                   size_t errstr_size) {
        char msg[4096];
        (void)opaque;
        if (in_len >= sizeof(msg)) {
                snprintf(errstr, errstr_size, "SASL message too long");
                return -1;
        }
        memcpy(msg, in, in_len);
        msg[in_len] = '\0';

        if (!strcmp(mechanism, "PLAIN")) {
                /* authzid NUL user NUL password */
                const char *user = memchr(msg, '\0', in_len);
                const char *pass;
                const char *want;
                if (!user || (size_t)(++user - msg) >= in_len ||
                    !(pass = memchr(user, '\0', in_len - (size_t)(user - msg)))) {
                        snprintf(errstr, errstr_size, "malformed PLAIN message");
                        return -1;
                }
                pass++;
                want = user_password(user);
                if (!want || strlen(want) != in_len - (size_t)(pass - msg) ||
                    memcmp(want, pass, strlen(want))) {
                        snprintf(errstr, errstr_size, "Authentication failed: Invalid username or password");
                        return -1;
                }
                return 1;
        }
        if (!strncmp(mechanism, "SCRAM-SHA-", 10)) {
                if (!*state) {
                        scram_state_t *st = calloc(1, sizeof(*st));
                        st->md = !strcmp(mechanism, "SCRAM-SHA-512") ? EVP_sha512() : EVP_sha256();
                        *state = st;
                }
                return sasl_scram(*state, msg, out, out_len, errstr, errstr_size);
        }
        if (!strcmp(mechanism, "OAUTHBEARER")) {
                /* n,[a=authzid],\x01auth=Bearer TOKEN\x01...\x01\x01 (RFC 7628) */
                char *auth = strstr(msg, "\001auth=Bearer ");
                char *tok, *end, *d1, *d2;
                unsigned char payload[2048];
                int plen;
                if (!auth) {
                        snprintf(errstr, errstr_size, "no bearer token");
                        return -1;
                }
                tok = auth + 13;
                if (!(end = strchr(tok, '\001')))
                        end = tok + strlen(tok);
                *end = '\0';
                d1 = strchr(tok, '.');
                d2 = d1 ? strchr(d1 + 1, '.') : NULL;
                if (!d1 || !d2 ||
                    (plen = b64dec(d1 + 1, (size_t)(d2 - d1 - 1), payload, sizeof(payload) - 1, 1)) < 0) {
                        snprintf(errstr, errstr_size, "Authentication failed: the token is not a JWT");
                        return -1;
                }
                payload[plen] = '\0';
                if (!strstr((char *)payload, "\"sub\"")) {
                        snprintf(errstr, errstr_size, "Authentication failed: the token has no sub claim");
                        return -1;
                }
                return 1;
        }
        snprintf(errstr, errstr_size, "mechanism %s not implemented", mechanism);
        return -1;
}

static SSL_CTX *tls_server_ctx(const char *cert, const char *key, const char *client_ca) {
        SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
        if (!ctx || SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
            SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(ctx) != 1) {
                char e[256];
                ERR_error_string_n(ERR_get_error(), e, sizeof(e));
                fprintf(stderr, "vigil-mock-broker: TLS certificate/key: %s\n", e);
                exit(2);
        }
        if (client_ca) {
                if (SSL_CTX_load_verify_locations(ctx, client_ca, NULL) != 1) {
                        fprintf(stderr, "vigil-mock-broker: cannot load %s\n", client_ca);
                        exit(2);
                }
                SSL_CTX_set_client_CA_list(ctx, SSL_load_client_CA_file(client_ca));
                SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
        }
        return ctx;
}

static void usage(const char *argv0) {
        fprintf(stderr,
                "usage: %s [--brokers N] [--partitions P] "
                "[--partition-max-mb M] [--topic NAME[:PARTITIONS]]... "
                "[--bootstrap-file PATH] [--tls-cert PEM --tls-key PEM "
                "[--tls-client-ca PEM]] [--sasl MECHANISM] "
                "[--sasl-user USER:PASSWORD]...\n",
                argv0);
}

static int parse_int(const char *s, const char *what, int min, int max) {
        char *end = NULL;
        long v;
        errno = 0;
        v     = strtol(s, &end, 10);
        if (errno || !end || *end || v < min || v > max) {
                fprintf(stderr, "vigil-mock-broker: bad %s: %s\n", what, s);
                exit(2);
        }
        return (int)v;
}

int main(int argc, char **argv) {
        int brokers = 1, partitions = 4, max_mb = 256, i, ntopics = 0;
        const char *bootstrap_file = NULL;
        const char *tls_cert = NULL, *tls_key = NULL, *tls_client_ca = NULL;
        const char *sasl = NULL;
        const char *topics[256];
        char errstr[512];
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *mcluster;
        const char *bootstraps;

        for (i = 1; i < argc; i++) {
                const char *a = argv[i];
                const char *v = i + 1 < argc ? argv[i + 1] : NULL;
                if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
                        usage(argv[0]);
                        return 0;
                }
                if (!v) {
                        usage(argv[0]);
                        return 2;
                }
                if (!strcmp(a, "--brokers"))
                        brokers = parse_int(v, "--brokers", 1, 16);
                else if (!strcmp(a, "--partitions"))
                        partitions = parse_int(v, "--partitions", 1, 1024);
                else if (!strcmp(a, "--partition-max-mb"))
                        max_mb = parse_int(v, "--partition-max-mb", 1, 65536);
                else if (!strcmp(a, "--bootstrap-file"))
                        bootstrap_file = v;
                else if (!strcmp(a, "--tls-cert"))
                        tls_cert = v;
                else if (!strcmp(a, "--tls-key"))
                        tls_key = v;
                else if (!strcmp(a, "--tls-client-ca"))
                        tls_client_ca = v;
                else if (!strcmp(a, "--sasl")) {
                        if (strcmp(v, "PLAIN") && strcmp(v, "SCRAM-SHA-256") &&
                            strcmp(v, "SCRAM-SHA-512") && strcmp(v, "OAUTHBEARER")) {
                                fprintf(stderr, "vigil-mock-broker: --sasl: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER\n");
                                return 2;
                        }
                        sasl = v;
                } else if (!strcmp(a, "--sasl-user")) {
                        const char *colon = strchr(v, ':');
                        if (!colon || colon == v || nusers == MAX_USERS) {
                                fprintf(stderr, "vigil-mock-broker: --sasl-user USER:PASSWORD\n");
                                return 2;
                        }
                        users[nusers].name     = strndup(v, (size_t)(colon - v));
                        users[nusers].password = strdup(colon + 1);
                        nusers++;
                }
                else if (!strcmp(a, "--topic")) {
                        if (ntopics == 256) {
                                fprintf(stderr, "vigil-mock-broker: too many topics\n");
                                return 2;
                        }
                        topics[ntopics++] = v;
                } else {
                        usage(argv[0]);
                        return 2;
                }
                i++;
        }

        conf = rd_kafka_conf_new();
        /* The mock cluster lives inside a client handle; quiet its logs. */
        rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr));
        /* VIGIL_MOCK_DEBUG=mock,... turns on librdkafka debug contexts */
        if (getenv("VIGIL_MOCK_DEBUG")) {
                rd_kafka_conf_set(conf, "log_level", "7", errstr, sizeof(errstr));
                rd_kafka_conf_set(conf, "debug", getenv("VIGIL_MOCK_DEBUG"), errstr, sizeof(errstr));
        }
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "vigil-mock-broker: %s\n", errstr);
                return 1;
        }

        mcluster = rd_kafka_mock_cluster_new(rk, brokers);
        if (!mcluster) {
                fprintf(stderr, "vigil-mock-broker: could not start mock cluster\n");
                return 1;
        }

        /* kafkajs looks the controller up among the brokers: ids start at 1,
         * the mock reports 0 unless told otherwise. */
        rd_kafka_mock_set_controller_id(mcluster, 1);
        /* kafkajs 2.2.4 cannot parse the LeaveGroup v3+ response. */
        rd_kafka_mock_set_apiversion(mcluster, API_LEAVEGROUP, 0, 2);
        rd_kafka_mock_group_initial_rebalance_delay_ms(mcluster, 0);
        rd_kafka_mock_set_topic_defaults(mcluster, partitions,
                                         (size_t)max_mb * 1024 * 1024);
        if (!!tls_cert != !!tls_key) {
                fprintf(stderr, "vigil-mock-broker: give --tls-cert and --tls-key together\n");
                return 2;
        }
        if (tls_cert || sasl)
                rd_kafka_mock_set_security(
                    mcluster, tls_cert ? tls_server_ctx(tls_cert, tls_key, tls_client_ca) : NULL,
                    sasl, sasl_cb, NULL);

        for (i = 0; i < ntopics; i++) {
                char name[512];
                int pcnt     = partitions;
                const char *colon = strrchr(topics[i], ':');
                size_t len   = colon ? (size_t)(colon - topics[i]) : strlen(topics[i]);
                rd_kafka_resp_err_t err;
                if (len == 0 || len >= sizeof(name)) {
                        fprintf(stderr, "vigil-mock-broker: bad topic: %s\n", topics[i]);
                        return 2;
                }
                memcpy(name, topics[i], len);
                name[len] = '\0';
                if (colon)
                        pcnt = parse_int(colon + 1, "topic partitions", 1, 1024);
                err = rd_kafka_mock_topic_create(mcluster, name, pcnt, 1);
                if (err) {
                        fprintf(stderr, "vigil-mock-broker: topic %s: %s\n", name,
                                rd_kafka_err2str(err));
                        return 1;
                }
        }

        bootstraps = rd_kafka_mock_cluster_bootstraps(mcluster);
        if (bootstrap_file) {
                char tmp[4096];
                FILE *f;
                snprintf(tmp, sizeof(tmp), "%s.tmp", bootstrap_file);
                f = fopen(tmp, "w");
                if (!f || fprintf(f, "%s\n", bootstraps) < 0 || fclose(f) != 0 ||
                    rename(tmp, bootstrap_file) != 0) {
                        fprintf(stderr, "vigil-mock-broker: cannot write %s: %s\n",
                                bootstrap_file, strerror(errno));
                        return 1;
                }
        }
        printf("%s\n", bootstraps);
        fflush(stdout);

        signal(SIGTERM, on_signal);
        signal(SIGINT, on_signal);
        {
                char line[256];
                size_t len   = 0;
                int stdin_ok = 1;
                while (!stop_requested) {
                        struct pollfd pfd = {0, POLLIN, 0};
                        ssize_t r;
                        if (!stdin_ok || poll(&pfd, 1, 100) <= 0 ||
                            !(pfd.revents & (POLLIN | POLLHUP))) {
                                if (!stdin_ok)
                                        usleep(100 * 1000);
                                continue;
                        }
                        r = read(0, line + len, sizeof(line) - 1 - len);
                        if (r <= 0) {
                                stdin_ok = 0; /* closed: keep serving */
                                continue;
                        }
                        len += (size_t)r;
                        line[len] = '\0';
                        for (char *nl; (nl = strchr(line, '\n'));) {
                                *nl = '\0';
                                control(mcluster, line);
                                memmove(line, nl + 1, len - (size_t)(nl + 1 - line) + 1);
                                len -= (size_t)(nl + 1 - line);
                        }
                        if (len == sizeof(line) - 1)
                                len = 0; /* overlong line: drop */
                }
        }

        rd_kafka_mock_cluster_destroy(mcluster);
        rd_kafka_destroy(rk);
        return 0;
}
