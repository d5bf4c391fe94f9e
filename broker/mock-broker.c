/*
 * vigil-mock-broker: a Kafka-protocol broker for local runs and integration
 * tests, built on librdkafka's mock cluster.
 *
 *   vigil-mock-broker [--brokers N] [--partitions P] [--partition-max-mb M]
 *                     [--topic NAME[:PARTITIONS]]... [--bootstrap-file PATH]
 *
 * Prints the bootstrap list on stdout (one line) and writes it to
 * --bootstrap-file once the brokers listen; runs until SIGTERM/SIGINT.
 * Topics that are not pre-created are created on first use with P partitions.
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

static void usage(const char *argv0) {
        fprintf(stderr,
                "usage: %s [--brokers N] [--partitions P] "
                "[--partition-max-mb M] [--topic NAME[:PARTITIONS]]... "
                "[--bootstrap-file PATH]\n",
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
